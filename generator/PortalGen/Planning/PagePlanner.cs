using System.Collections.Immutable;
using System.Globalization;
using PortalGen.Model;
using PortalGen.Rendering;

namespace PortalGen.Planning;

/// <summary>Lists every HTML page of the site, in a stable order; a pure function of the model and the theme's words.</summary>
public static class PagePlanner
{
    /// <summary>The pages of every language's edition, the editions in the order site.yml lists their languages.</summary>
    public static ImmutableArray<PlannedPage> Plan(SiteEditions editions, IReadOnlyDictionary<string, UiTexts> texts) =>
        [.. editions.All.SelectMany(edition => Plan(edition, texts[edition.Settings.Language]))];

    /// <summary>The pages of one language's edition.</summary>
    public static ImmutableArray<PlannedPage> Plan(Site site, UiTexts texts)
    {
        var pages = ImmutableArray.CreateBuilder<PlannedPage>();
        pages.AddRange(Paged(site, texts, PageKind.Home, UrlScheme.Home, texts.Format("latest_releases"), site.Releases));

        // A release listed as another language's fallback has its page in that language only.
        pages.AddRange(site.Releases.Where(site.IsOwn).Select(release => new PlannedPage(PageKind.Release, release.Path, release.Title) { Release = release }));
        pages.AddRange(site.Pages.Where(site.IsOwn).Select(page => new PlannedPage(PageKind.Page, page.Path, page.Title) { Page = page }));

        pages.Add(new PlannedPage(PageKind.Partners, UrlScheme.Partners, texts.Format("partners")));
        foreach (var partner in site.Partners)
        {
            pages.AddRange(Paged(site, texts, PageKind.Partner, UrlScheme.Partner(partner.Id), partner.Name, site.Indexes.ReleasesOf(partner))
                .Select(page => page with { Partner = partner }));
        }

        pages.Add(new PlannedPage(PageKind.Topics, UrlScheme.Topics, texts.Format("topics")));
        foreach (var topic in site.Topics)
        {
            pages.AddRange(Paged(site, texts, PageKind.Topic, UrlScheme.Topic(topic.Id), topic.Name, site.Indexes.ReleasesOf(topic))
                .Select(page => page with { Topic = topic }));
        }

        pages.Add(new PlannedPage(PageKind.Archive, UrlScheme.Archive, texts.Format("archive")));
        pages.AddRange(site.Indexes.Years.Select(year =>
            new PlannedPage(PageKind.Year, UrlScheme.Year(year.Year), texts.Format("releases_of_year", ("year", Number(year.Year)))) { Year = year }));

        pages.Add(new PlannedPage(PageKind.Search, UrlScheme.Search, texts.Format("search")));
        pages.Add(new PlannedPage(PageKind.NotFound, UrlScheme.NotFound, texts.Format("not_found")));
        return [.. pages.Select(page => page with { Language = site.Settings.Language, LanguageFolder = site.Urls.LanguageFolder })];
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The pages of a paged list; from page 2 on the title says which page, so no two pages share a title.</summary>
    private static IEnumerable<PlannedPage> Paged(Site site, UiTexts texts, PageKind kind, string listPath, string title, ImmutableArray<Release> releases) =>
        Paginator.Paginate(releases, site.Settings.Paginate, listPath).Select(paginator => new PlannedPage(
            kind,
            UrlScheme.Paged(listPath, paginator.PageNumber),
            paginator.PageNumber == 1 ? title : texts.Format("title_page", ("title", title), ("page", Number(paginator.PageNumber))))
        {
            Paginator = paginator,
        });
}
