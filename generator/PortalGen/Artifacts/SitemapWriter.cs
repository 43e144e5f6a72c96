using System.Collections.Immutable;
using PortalGen.Model;
using PortalGen.Planning;

namespace PortalGen.Artifacts;

/// <summary>
/// Writes sitemap.xml (sitemaps.org 0.9) from the page plan, so it lists exactly the HTML pages the build
/// writes; the 404 page is left out because it is not a page anyone should land on from a search engine.
/// A page with translations names each of them (itself included, and x-default for the default language)
/// as <c>xhtml:link rel="alternate" hreflang</c>, as Google reads them.
/// </summary>
internal static class SitemapWriter
{
    public const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static void Write(ImmutableArray<PlannedPage> pages, PageTranslations translations, Stream output) => XmlArtifact.Write(output, writer =>
    {
        var multilingual = translations.Editions.All.Length > 1;
        writer.WriteStartElement("urlset", SitemapNamespace);
        if (multilingual)
        {
            writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        }

        foreach (var page in pages.Where(p => p.Kind != PageKind.NotFound))
        {
            writer.WriteStartElement("url", SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, translations.UrlsOf(page).Permalink(page.Path));
            if (page.Release is { } release)
            {
                writer.WriteElementString("lastmod", SitemapNamespace, release.LastModified is { } modified ? DateTexts.Instant(modified) : DateTexts.Iso(release.Date, release.HasTime));
            }

            foreach (var alternate in multilingual ? translations.Alternates(page) : [])
            {
                writer.WriteStartElement("xhtml", "link", XhtmlNamespace);
                writer.WriteAttributeString("rel", "alternate");
                writer.WriteAttributeString("hreflang", alternate.Language);
                writer.WriteAttributeString("href", alternate.Permalink);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });
}
