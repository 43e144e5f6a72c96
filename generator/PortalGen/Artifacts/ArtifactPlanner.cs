using System.Collections.Immutable;
using PortalGen.Model;
using PortalGen.Planning;

namespace PortalGen.Artifacts;

/// <summary>Lists every file besides the HTML pages, in a stable order; a pure function of the model and the page plan.</summary>
public static class ArtifactPlanner
{
    public static ImmutableArray<Artifact> Plan(Site site, ImmutableArray<PlannedPage> pages)
    {
        var feeds = new List<AtomFeed> { AtomFeed.ForSite(site) };
        feeds.AddRange(site.Partners.Select(partner => AtomFeed.ForPartner(site, partner)));
        feeds.AddRange(site.Topics.Select(topic => AtomFeed.ForTopic(site, topic)));

        var artifacts = ImmutableArray.CreateBuilder<Artifact>();
        artifacts.AddRange(feeds.Select(feed => new Artifact(feed.Path, () => AtomFeedWriter.Write(site, feed))));
        artifacts.Add(new Artifact(UrlScheme.Sitemap, () => SitemapWriter.Write(site, pages)));
        artifacts.Add(new Artifact(UrlScheme.Robots, () => RobotsTxtWriter.Write(site)));
        artifacts.Add(new Artifact(UrlScheme.SearchIndex, () => SearchIndexWriter.Write(site)));

        // Old URLs of releases: a page at each, and one _redirects file for the hosts that read it.
        foreach (var release in site.Releases)
        {
            artifacts.AddRange(release.Aliases.Select(alias => new Artifact(UrlScheme.OutputFile(alias.Path), () => RedirectPageWriter.Write(site, release))));
        }

        if (site.Releases.Any(release => !release.Aliases.IsEmpty))
        {
            artifacts.Add(new Artifact(RedirectsFileWriter.FileName, () => RedirectsFileWriter.Write(site)));
        }
        return artifacts.ToImmutable();
    }
}
