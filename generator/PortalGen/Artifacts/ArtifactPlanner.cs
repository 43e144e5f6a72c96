using System.Collections.Immutable;
using PortalGen.Model;
using PortalGen.Planning;

namespace PortalGen.Artifacts;

/// <summary>Lists every file besides the HTML pages, in a stable order; a pure function of the model and the page plan.</summary>
internal static class ArtifactPlanner
{
    /// <summary>Feeds and the search index in every language, in its folder; one sitemap and robots.txt for the whole site.</summary>
    public static ImmutableArray<Artifact> Plan(SiteEditions editions, ImmutableArray<PlannedPage> pages)
    {
        var translations = new PageTranslations(editions, pages);
        var artifacts = ImmutableArray.CreateBuilder<Artifact>();
        foreach (var site in editions.All)
        {
            // A feed's entries are chosen when it is written: choosing every partner's and topic's up front scanned
            // the whole archive once per feed on each save of the preview, which writes only the feeds asked for.
            var feeds = new List<(string ListPath, Func<AtomFeed> Choose)> { (UrlScheme.Home, () => AtomFeed.ForSite(site)) };
            feeds.AddRange(site.Partners.Select(partner => (UrlScheme.Partner(partner.Id), (Func<AtomFeed>)(() => AtomFeed.ForPartner(site, partner)))));
            feeds.AddRange(site.Topics.Select(topic => (UrlScheme.Topic(topic.Id), (Func<AtomFeed>)(() => AtomFeed.ForTopic(site, topic)))));
            artifacts.AddRange(feeds.Select(feed => new Artifact(site.Urls.OutputFileOf(UrlScheme.FeedOf(feed.ListPath)), bytes => AtomFeedWriter.Write(site, feed.Choose(), bytes))));
            if (site == editions.Default)
            {
                artifacts.Add(new Artifact(UrlScheme.Sitemap, bytes => SitemapWriter.Write(pages, translations, bytes)));
                artifacts.Add(new Artifact(UrlScheme.Robots, bytes => RobotsTxtWriter.Write(site, bytes)));
            }

            artifacts.Add(new Artifact(site.Urls.OutputFileOf(UrlScheme.SearchIndex), bytes => SearchIndexWriter.Write(site, bytes)));

            // Old URLs of releases: a page at each (old URLs are below the site root, whatever the language).
            foreach (var release in site.Releases.Where(site.IsOwn))
            {
                artifacts.AddRange(release.Aliases.Select(alias => new Artifact(UrlScheme.OutputFile(alias.Path), bytes => RedirectPageWriter.Write(site, release, bytes))));
            }
        }

        // One _redirects file for the hosts that read it.
        if (editions.All.Any(site => site.Releases.Any(release => !release.Aliases.IsEmpty)))
        {
            artifacts.Add(new Artifact(RedirectsFileWriter.FileName, bytes => RedirectsFileWriter.Write(editions, bytes)));
        }

        return artifacts.ToImmutable();
    }
}
