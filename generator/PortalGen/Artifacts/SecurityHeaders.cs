using PortalGen.Model;
using PortalGen.Parsing.Embeds;

namespace PortalGen.Artifacts;

/// <summary>
/// The HTTP headers a published site asks its host for, in one place: _headers is written from them and the
/// README's nginx snippet is checked against them.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy = "Content-Security-Policy";

    public const string CacheControl = "Cache-Control";

    /// <summary>For the fingerprinted assets, whose name changes with their content.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>
    /// Every page and file of the site. No includeSubDomains in HSTS: a portal at example.org/news/ must not decide
    /// for the consortium's other hosts. No 'unsafe-inline': the theme's styles and scripts are files (JSON-LD data
    /// blocks are not scripts to CSP). Images and videos may come from any https host, as partner logos and release
    /// images named by URL do; frames only from the video players, which a reader's click loads.
    /// </summary>
    public static IReadOnlyList<(string Name, string Value)> Common { get; } =
    [
        ("Strict-Transport-Security", "max-age=31536000"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "strict-origin-when-cross-origin"),
        // Not autoplay, fullscreen or picture-in-picture: the video players' frames are given those.
        ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"),
    ];

    public static string SitePolicy { get; } = string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' https:",
        "media-src 'self' https:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src " + string.Join(' ', OnlineVideo.PlayerOrigins),
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'");

    /// <summary>
    /// /admin/: Decap CMS needs 'unsafe-eval' (it compiles its schemas) and inline styles (its CSS-in-JS), see
    /// decaporg/decap-cms#2138; its script from its CDN; the GitHub API and the OAuth client it logs in through.
    /// </summary>
    public static string EditorPolicy(EditorSettings editor) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self'{OriginOf(editor.CmsUrl)} 'unsafe-eval'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' https: data: blob:",
        "media-src 'self' https: blob:",
        "font-src 'self' data:",
        $"connect-src 'self' https://api.github.com{OriginOf(editor.AuthUrl)}",
        "frame-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "frame-ancestors 'self'");

    /// <summary>" https://host" for an absolute URL; nothing for a path on the site itself, which 'self' covers.</summary>
    private static string OriginOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? " " + uri.GetLeftPart(UriPartial.Authority) : "";
}
