using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>The feeds of one language's edition: the site's, each partner's and each topic's, in each format the site chose.</summary>
internal static class FeedArtifacts
{
    /// <param name="texts">The edition's words, for the boilerplates after each release's body.</param>
    public static IEnumerable<Artifact> Plan(Site site, UiTexts texts, PublishedFileLengths lengths)
    {
        // A feed's entries are chosen when the first of its formats is written, then shared by the others: choosing every
        // partner's and topic's up front scanned the whole archive once per feed on each save of the preview, which
        // writes only the feeds asked for.
        var contents = new FeedContents(texts);
        var feeds = new List<(string ListPath, Lazy<Feed> Feed)> { (UrlScheme.Home, new(() => Feed.ForSite(site))) };
        feeds.AddRange(site.Partners.Select(partner => (UrlScheme.Partner(partner.Id), new Lazy<Feed>(() => Feed.ForPartner(site, partner)))));
        feeds.AddRange(site.Topics.Select(topic => (UrlScheme.Topic(topic.Id), new Lazy<Feed>(() => Feed.ForTopic(site, topic)))));
        return feeds.SelectMany(feed => site.Settings.FeedFormats.Select(format =>
            new Artifact(site.Urls.OutputFileOf(UrlScheme.FeedOf(feed.ListPath, format)), bytes => Write(format, site, feed.Feed.Value, contents, lengths, bytes))));
    }

    private static void Write(FeedFormat format, Site site, Feed feed, FeedContents contents, PublishedFileLengths lengths, SegmentedMemoryStream bytes)
    {
        switch (format)
        {
            case FeedFormat.Atom:
                AtomFeedWriter.Write(site, feed, contents, bytes);
                break;
            case FeedFormat.Rss:
                RssFeedWriter.Write(site, feed, contents, lengths, bytes);
                break;
            default:
                JsonFeedWriter.Write(site, feed, contents, bytes);
                break;
        }
    }
}
