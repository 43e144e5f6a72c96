using System.Buffers;
using System.Text;
using PortalGen.Model;
using PortalGen.Planning;

namespace PortalGen.Artifacts;

/// <summary>
/// Writes _headers (Netlify, Cloudflare Pages) below the site's base path: the security headers for everything,
/// the Content-Security-Policy, and a year's immutable caching for each fingerprinted asset.
/// </summary>
/// <remarks>
/// With the editor on, /admin/ needs a looser policy, and the two hosts disagree on a path two rules match
/// (Netlify takes the later rule's header, Cloudflare Pages sends both, and a browser enforces both). So the site's
/// policy is then given to each top-level entry of the output but admin/, and no path gets two.
/// </remarks>
internal static class HeadersFileWriter
{
    public const string FileName = "_headers";

    /// <param name="site">The default language's edition: its base path and editor settings.</param>
    /// <param name="editorFolder">Where the editor is published (admin/).</param>
    /// <param name="outputPaths">Every file the build writes.</param>
    /// <param name="assets">The fingerprinted assets.</param>
    public static Artifact Plan(Site site, string editorFolder, IEnumerable<string> outputPaths, ThemeAssets assets)
    {
        var topLevel = outputPaths
            .Select(path => path.IndexOf('/') is var slash and >= 0 ? path[..(slash + 1)] : path)
            .Where(entry => entry is not (FileName or RedirectsFileWriter.FileName) && entry != editorFolder)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var immutable = assets.ByName.Values.Select(asset => asset.OutputPath).Order(StringComparer.Ordinal).ToArray();
        return new Artifact(FileName, bytes => Write(site, editorFolder, topLevel, immutable, bytes));
    }

    private static void Write(Site site, string editorFolder, string[] topLevel, string[] immutable, IBufferWriter<byte> output)
    {
        var basePath = site.Urls.BasePath;
        var text = new StringBuilder("# Security and caching headers for Netlify and Cloudflare Pages, written by PortalGen (site.yml: deploy.headers).\n");
        Block(text, basePath + "*", [.. SecurityHeaders.Common, .. site.Settings.Editor is null ? [(SecurityHeaders.ContentSecurityPolicy, SecurityHeaders.SitePolicy)] : Array.Empty<(string, string)>()]);
        if (site.Settings.Editor is { } editor)
        {
            Block(text, basePath, [(SecurityHeaders.ContentSecurityPolicy, SecurityHeaders.SitePolicy)]);
            foreach (var entry in topLevel)
            {
                Block(text, basePath + (entry.EndsWith('/') ? entry + "*" : entry), [(SecurityHeaders.ContentSecurityPolicy, SecurityHeaders.SitePolicy)]);
            }

            Block(text, basePath + editorFolder + "*", [(SecurityHeaders.ContentSecurityPolicy, SecurityHeaders.EditorPolicy(editor))]);
        }

        foreach (var path in immutable)
        {
            Block(text, basePath + path, [(SecurityHeaders.CacheControl, SecurityHeaders.Immutable)]);
        }

        Encoding.UTF8.GetBytes(text.ToString(), output);
    }

    private static void Block(StringBuilder text, string path, IEnumerable<(string Name, string Value)> headers)
    {
        text.Append('\n').Append(path).Append('\n');
        foreach (var (name, value) in headers)
        {
            text.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        }
    }
}
