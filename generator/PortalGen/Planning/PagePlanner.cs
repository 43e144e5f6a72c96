using System.Collections.Immutable;
using System.Globalization;
using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>Lists every HTML page the site consists of, in a stable order; a pure function of the model.</summary>
public static class PagePlanner
{
    public static ImmutableArray<PlannedPage> Plan(Site site)
    {
        var pages = ImmutableArray.CreateBuilder<PlannedPage>();
        pages.AddRange(Paged(site, PageKind.Home, UrlScheme.Home, "Latest releases", site.Releases));
        pages.AddRange(site.Releases.Select(release => new PlannedPage(PageKind.Release, release.Path, release.Title) { Release = release }));
        pages.AddRange(site.Pages.Select(page => new PlannedPage(PageKind.Page, page.Path, page.Title) { Page = page }));

        pages.Add(new PlannedPage(PageKind.Partners, UrlScheme.Partners, "Partners"));
        foreach (var partner in site.Partners)
        {
            pages.AddRange(Paged(site, PageKind.Partner, UrlScheme.Partner(partner.Id), partner.Name, site.Indexes.ReleasesOf(partner))
                .Select(page => page with { Partner = partner }));
        }

        pages.Add(new PlannedPage(PageKind.Topics, UrlScheme.Topics, "Topics"));
        foreach (var topic in site.Topics)
        {
            pages.AddRange(Paged(site, PageKind.Topic, UrlScheme.Topic(topic.Id), topic.Name, site.Indexes.ReleasesOf(topic))
                .Select(page => page with { Topic = topic }));
        }

        pages.Add(new PlannedPage(PageKind.Archive, UrlScheme.Archive, "Archive"));
        pages.AddRange(site.Indexes.Years.Select(year =>
            new PlannedPage(PageKind.Year, UrlScheme.Year(year.Year), string.Create(CultureInfo.InvariantCulture, $"Releases of {year.Year}")) { Year = year }));

        pages.Add(new PlannedPage(PageKind.Search, UrlScheme.Search, "Search"));
        pages.Add(new PlannedPage(PageKind.NotFound, UrlScheme.NotFound, "Page not found"));
        return pages.ToImmutable();
    }

    /// <summary>The pages of a paged list; from page 2 on the title says which page, so no two pages share a title.</summary>
    private static IEnumerable<PlannedPage> Paged(Site site, PageKind kind, string listPath, string title, ImmutableArray<Release> releases) =>
        Paginator.Paginate(releases, site.Settings.Paginate, listPath).Select(paginator => new PlannedPage(
            kind,
            UrlScheme.Paged(listPath, paginator.PageNumber),
            paginator.PageNumber == 1 ? title : string.Create(CultureInfo.InvariantCulture, $"{title}, page {paginator.PageNumber}"))
        {
            Paginator = paginator,
        });
}
