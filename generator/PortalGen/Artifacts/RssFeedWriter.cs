using System.Globalization;
using System.Xml;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>
/// Writes a <see cref="Feed"/> as RSS 2.0 with the full HTML of each release, its author as <c>dc:creator</c> and its
/// lead image as an <c>enclosure</c>; <c>atom:link rel="self"</c> names the feed, as the W3C validator asks.
/// </summary>
internal static class RssFeedWriter
{
    public const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    public static void Write(Site site, Feed feed, FeedContents contents, PublishedFileLengths lengths, Stream output) => XmlArtifact.Write(output, writer =>
    {
        writer.WriteStartElement("rss");
        writer.WriteAttributeString("version", "2.0");
        writer.WriteAttributeString("xmlns", "atom", null, AtomFeedWriter.AtomNamespace);
        writer.WriteAttributeString("xmlns", "dc", null, DublinCoreNamespace);
        writer.WriteStartElement("channel");
        writer.WriteElementString("title", feed.Title);
        writer.WriteElementString("link", site.Urls.Permalink(feed.ListPath));

        // Required by RSS 2.0; a site or registry entry without a description is described by its title.
        writer.WriteElementString("description", feed.Subtitle ?? feed.Title);
        writer.WriteElementString("language", site.Settings.Language);
        writer.WriteElementString("lastBuildDate", FeedDates.Rfc822(feed.Updated(site)));
        writer.WriteElementString("generator", "PortalGen");
        writer.WriteStartElement("atom", "link", AtomFeedWriter.AtomNamespace);
        writer.WriteAttributeString("href", site.Urls.Permalink(feed.PathOf(FeedFormat.Rss)));
        writer.WriteAttributeString("rel", "self");
        writer.WriteAttributeString("type", FeedFormat.Rss.MediaType());
        writer.WriteEndElement();
        foreach (var release in feed.Entries)
        {
            WriteItem(writer, site, release, contents, lengths);
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    });

    private static void WriteItem(XmlWriter writer, Site site, Release release, FeedContents contents, PublishedFileLengths lengths)
    {
        var permalink = site.UrlsOf(release).Permalink(release.Path);
        writer.WriteStartElement("item");
        writer.WriteElementString("title", release.Title);
        writer.WriteElementString("link", permalink);
        writer.WriteStartElement("guid");
        writer.WriteAttributeString("isPermaLink", "true");
        writer.WriteString(permalink);
        writer.WriteEndElement();
        writer.WriteElementString("pubDate", FeedDates.Rfc822(release.Date));
        writer.WriteElementString("dc", "creator", DublinCoreNamespace, Feed.CreditOf(site, release));
        foreach (var topic in release.Topics)
        {
            writer.WriteElementString("category", topic.Name);
        }

        writer.WriteStartElement("description");
        writer.WriteRaw(contents.XmlText(release));
        writer.WriteEndElement();
        if (Enclosure.Of(site, release, lengths) is { } enclosure)
        {
            writer.WriteStartElement("enclosure");
            writer.WriteAttributeString("url", enclosure.Url);
            writer.WriteAttributeString("length", enclosure.Length.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("type", enclosure.MediaType);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
