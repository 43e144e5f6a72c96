using System.Xml;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>Writes a <see cref="Feed"/> as an RFC 4287 Atom document with absolute URLs and the full HTML of each release.</summary>
internal static class AtomFeedWriter
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    public static void Write(Site site, Feed feed, FeedContents contents, Stream output) => XmlArtifact.Write(output, writer =>
    {
        var urls = site.Urls;
        writer.WriteStartElement("feed", AtomNamespace);
        writer.WriteAttributeString("xml", "lang", XmlNamespace, site.Settings.Language);
        var self = urls.Permalink(feed.PathOf(FeedFormat.Atom));
        writer.WriteElementString("id", AtomNamespace, self);
        writer.WriteElementString("title", AtomNamespace, feed.Title);
        if (feed.Subtitle is { } subtitle)
        {
            writer.WriteElementString("subtitle", AtomNamespace, subtitle);
        }

        WriteLink(writer, "self", FeedFormat.Atom.MediaType(), self);
        WriteLink(writer, "alternate", "text/html", urls.Permalink(feed.ListPath));
        writer.WriteElementString("updated", AtomNamespace, FeedDates.Rfc3339(feed.Updated(site)));
        writer.WriteElementString("generator", AtomNamespace, "PortalGen");
        foreach (var release in feed.Entries)
        {
            WriteEntry(writer, site, release, contents);
        }

        writer.WriteEndElement();
    });

    private static void WriteEntry(XmlWriter writer, Site site, Release release, FeedContents contents)
    {
        var permalink = site.UrlsOf(release).Permalink(release.Path);
        writer.WriteStartElement("entry", AtomNamespace);
        writer.WriteElementString("id", AtomNamespace, permalink);
        writer.WriteElementString("title", AtomNamespace, release.Title);
        WriteLink(writer, "alternate", "text/html", permalink);
        writer.WriteElementString("published", AtomNamespace, FeedDates.Rfc3339(release.Date));
        writer.WriteElementString("updated", AtomNamespace, FeedDates.Rfc3339(Feed.UpdatedOf(release)));
        writer.WriteStartElement("author", AtomNamespace);
        writer.WriteElementString("name", AtomNamespace, Feed.CreditOf(site, release));
        writer.WriteEndElement();
        foreach (var topic in release.Topics)
        {
            writer.WriteStartElement("category", AtomNamespace);
            writer.WriteAttributeString("term", topic.Id);
            writer.WriteAttributeString("label", topic.Name);
            writer.WriteEndElement();
        }

        writer.WriteElementString("summary", AtomNamespace, release.Summary);
        writer.WriteStartElement("content", AtomNamespace);
        writer.WriteAttributeString("type", "html");

        // Bodies may link to images beside the release ("chart.png"); readers resolve those against xml:base.
        writer.WriteAttributeString("xml", "base", XmlNamespace, permalink);
        writer.WriteRaw(contents.XmlText(release));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void WriteLink(XmlWriter writer, string rel, string type, string href)
    {
        writer.WriteStartElement("link", AtomNamespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }
}
