using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>
/// Writes news-sitemap.xml for Google News: the releases of every language published in the 48 hours before the
/// build's now (<see cref="NewsWindow"/>), each with its publication's name and language, date and title; a urlset
/// without a url when there are none, so the file robots.txt names always exists.
/// </summary>
internal static class NewsSitemapWriter
{
    public const string NewsNamespace = "http://www.google.com/schemas/sitemap-news/0.9";

    public static void Write(SiteEditions editions, DateTimeOffset now, Stream output) => XmlArtifact.Write(output, writer =>
    {
        // Releases shown ahead of time (--drafts, --future) are in the model but not published to the world.
        var news = editions.All
            .SelectMany(site => site.Releases.Where(site.IsOwn).Select(release => (Site: site, Release: release, Permalink: site.Urls.Permalink(release.Path))))
            .Where(entry => !entry.Release.Draft && !entry.Release.Scheduled && NewsWindow.Contains(entry.Release.Date, now))
            .OrderByDescending(entry => entry.Release.Date)
            .ThenBy(entry => entry.Permalink, StringComparer.Ordinal);
        writer.WriteStartElement("urlset", SitemapWriter.SitemapNamespace);
        writer.WriteAttributeString("xmlns", "news", null, NewsNamespace);
        foreach (var (site, release, permalink) in news)
        {
            writer.WriteStartElement("url", SitemapWriter.SitemapNamespace);
            writer.WriteElementString("loc", SitemapWriter.SitemapNamespace, permalink);
            writer.WriteStartElement("news", "news", NewsNamespace);
            writer.WriteStartElement("news", "publication", NewsNamespace);
            writer.WriteElementString("news", "name", NewsNamespace, site.Settings.Title);
            writer.WriteElementString("news", "language", NewsNamespace, GoogleNewsLanguage(site.Settings.Language));
            writer.WriteEndElement();
            writer.WriteElementString("news", "publication_date", NewsNamespace, DateTexts.Iso(release.Date, release.HasTime));
            writer.WriteElementString("news", "title", NewsNamespace, release.Title);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    /// <summary>Google News takes an ISO 639 code (pt-BR is pt), but zh-cn and zh-tw for the two written forms of Chinese.</summary>
    public static string GoogleNewsLanguage(string language)
    {
        var code = language.ToLowerInvariant();
        var primary = code.Split('-')[0];
        if (primary != "zh")
        {
            return primary;
        }

        return code.Contains("hant", StringComparison.Ordinal) || code.EndsWith("-tw", StringComparison.Ordinal) || code.EndsWith("-hk", StringComparison.Ordinal) || code.EndsWith("-mo", StringComparison.Ordinal)
            ? "zh-tw"
            : "zh-cn";
    }
}
