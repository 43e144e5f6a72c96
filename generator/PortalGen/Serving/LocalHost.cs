using Microsoft.AspNetCore.Http;

namespace PortalGen.Serving;

/// <summary>The names the preview server answers to, and the limits it sets on the pages it serves.</summary>
internal static class LocalHost
{
    private static readonly string[] Names = ["127.0.0.1", "localhost", "[::1]"];

    /// <summary>
    /// Scripts only from the server itself (the live-reload script is a file, /__portalgen/live-reload.js, never
    /// inline), no plugins, no framing. Inline styles are allowed: Markdown's table alignment writes style
    /// attributes, and the preview must look like the published site. Images may come from anywhere https, as
    /// partner logos and release images do.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:; media-src 'self' https:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>True for 127.0.0.1, localhost or [::1] with the server's own port.</summary>
    public static bool Allows(HostString host, int port) =>
        host.HasValue
        && host.Port == port
        && Names.Contains(host.Host, StringComparer.OrdinalIgnoreCase);
}
