using System.Buffers;
using System.Text;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>
/// Writes _redirects (Netlify, Cloudflare Pages): one "old new 301" line per alias, sorted, so hosts that read it
/// answer with a real permanent redirect instead of serving the refresh page.
/// </summary>
internal static class RedirectsFileWriter
{
    public const string FileName = "_redirects";

    /// <remarks>Old URLs are below the site root; each leads to its release in the release's language.</remarks>
    public static void Write(SiteEditions editions, IBufferWriter<byte> output)
    {
        var root = editions.Default.Urls;
        var lines = editions.All
            .SelectMany(site => site.Releases.Where(site.IsOwn).SelectMany(release => release.Aliases.Select(alias => $"{root.EscapedHref(alias.Path)} {site.Urls.Href(release.Path)} 301")))
            .Order(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }

        Encoding.UTF8.GetBytes(text.ToString(), output);
    }
}
