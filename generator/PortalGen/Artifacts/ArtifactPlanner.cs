using System.Collections.Immutable;
using PortalGen.Model;
using PortalGen.Planning;

namespace PortalGen.Artifacts;

/// <summary>Lists every file besides the HTML pages, in a stable order; a pure function of the model, the page plan, the files copied and the build's now.</summary>
internal static class ArtifactPlanner
{
    /// <summary>
    /// Feeds and the search index in every language, in its folder; one sitemap, news sitemap, robots.txt and web app manifest for
    /// the whole site. <paramref name="files"/> are the files the build copies (a feed states its lead images' lengths);
    /// <paramref name="now"/> is the build's, which the news sitemap's 48 hours count back from; <paramref name="texts"/>
    /// are the theme's words by language, for what the feeds carry after a release's body.
    /// </summary>
    public static ImmutableArray<Artifact> Plan(SiteEditions editions, IReadOnlyDictionary<string, UiTexts> texts, ImmutableArray<PlannedPage> pages, ImmutableArray<StaticFile> files, DateTimeOffset now)
    {
        var translations = new PageTranslations(editions, pages);
        var lengths = new PublishedFileLengths(files);
        var artifacts = ImmutableArray.CreateBuilder<Artifact>();
        foreach (var site in editions.All)
        {
            artifacts.AddRange(FeedArtifacts.Plan(site, texts[site.Settings.Language], lengths));
            artifacts.AddRange(site.Partners.Select(partner => new Artifact(site.Urls.OutputFileOf(LatestReleases.PathOf(partner)), bytes => LatestReleasesWriter.Write(site, partner, bytes))));
            if (site == editions.Default)
            {
                artifacts.Add(new Artifact(UrlScheme.Sitemap, bytes => SitemapWriter.Write(pages, translations, bytes)));
                artifacts.Add(new Artifact(UrlScheme.NewsSitemap, bytes => NewsSitemapWriter.Write(editions, now, bytes)));
                artifacts.Add(new Artifact(UrlScheme.Robots, bytes => RobotsTxtWriter.Write(site, bytes)));
                artifacts.Add(new Artifact(UrlScheme.WebManifest, bytes => WebManifestWriter.Write(site, bytes)));
                artifacts.AddRange(site.Contacts.All.Select(contact => new Artifact(UrlScheme.ContactCard(contact.Id), bytes => VCardWriter.Write(site, contact, bytes))));
            }

            if (site.Releases.Length > site.Settings.SearchSplit)
            {
                artifacts.AddRange(ShardedSearchIndexWriter.Plan(site));
            }
            else
            {
                artifacts.Add(new Artifact(site.Urls.OutputFileOf(UrlScheme.SearchIndex), bytes => SearchIndexWriter.Write(site, bytes)));
            }

            artifacts.AddRange(EventCalendarArtifacts.Plan(site));

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
