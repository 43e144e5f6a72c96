using System.Buffers;
using System.Text;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>
/// Writes robots.txt: everything may be crawled, and the sitemap and the news sitemap are named by their absolute URLs.
/// Crawlers read robots.txt only at a host's root, so a site under a sub-path (/portal/) relies on its host to serve or merge it.
/// </summary>
internal static class RobotsTxtWriter
{
    public static void Write(Site site, IBufferWriter<byte> output) => Encoding.UTF8.GetBytes(
        $"""
        User-agent: *
        Allow: /

        Sitemap: {site.Urls.Permalink(UrlScheme.Sitemap)}
        Sitemap: {site.Urls.Permalink(UrlScheme.NewsSitemap)}

        """, output);
}
