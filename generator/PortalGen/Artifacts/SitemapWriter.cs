using System.Collections.Immutable;
using PortalGen.Model;
using PortalGen.Planning;
using PortalGen.Rendering;

namespace PortalGen.Artifacts;

/// <summary>
/// Writes sitemap.xml (sitemaps.org 0.9) from the page plan, so it lists exactly the HTML pages the build
/// writes; the 404 page is left out because it is not a page anyone should land on from a search engine.
/// </summary>
public static class SitemapWriter
{
    public const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static byte[] Write(Site site, ImmutableArray<PlannedPage> pages) => XmlArtifact.Write(writer =>
    {
        writer.WriteStartElement("urlset", SitemapNamespace);
        foreach (var page in pages.Where(p => p.Kind != PageKind.NotFound))
        {
            writer.WriteStartElement("url", SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, site.Urls.Permalink(page.Path));
            if (page.Release is { } release)
            {
                writer.WriteElementString("lastmod", SitemapNamespace, release.LastModified is { } modified ? DateTexts.Iso(modified, hasTime: true) : DateTexts.Iso(release.Date, release.HasTime));
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });
}
