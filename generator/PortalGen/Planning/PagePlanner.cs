using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>Lists every HTML page the site consists of, in a stable order; a pure function of the model.</summary>
public static class PagePlanner
{
    public static ImmutableArray<PlannedPage> Plan(Site site)
    {
        var pages = ImmutableArray.CreateBuilder<PlannedPage>();
        foreach (var paginator in Paginator.Paginate(site.Releases, site.Settings.Paginate, UrlScheme.Home))
        {
            pages.Add(new PlannedPage(PageKind.Home, UrlScheme.Paged(UrlScheme.Home, paginator.PageNumber), site.Settings.Title) { Paginator = paginator });
        }

        pages.AddRange(site.Releases.Select(release => new PlannedPage(PageKind.Release, release.Path, release.Title) { Release = release }));
        pages.AddRange(site.Pages.Select(page => new PlannedPage(PageKind.Page, page.Path, page.Title) { Page = page }));
        pages.Add(new PlannedPage(PageKind.Search, UrlScheme.Search, "Search"));
        pages.Add(new PlannedPage(PageKind.NotFound, UrlScheme.NotFound, "Page not found"));
        return pages.ToImmutable();
    }
}
