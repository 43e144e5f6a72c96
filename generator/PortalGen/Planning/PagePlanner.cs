using System.Collections.Immutable;
using System.Globalization;
using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>Lists every HTML page of the site, in a stable order; a pure function of the model and the theme's words.</summary>
internal static class PagePlanner
{
    /// <summary>The pages of every language's edition, the editions in the order site.yml lists their languages.</summary>
    public static ImmutableArray<PlannedPage> Plan(SiteEditions editions, IReadOnlyDictionary<string, UiTexts> texts) =>
        [.. editions.All.SelectMany(edition => Plan(edition, texts[edition.Settings.Language]))];

    /// <summary>The pages of one language's edition.</summary>
    public static ImmutableArray<PlannedPage> Plan(Site site, UiTexts texts)
    {
        // Each page is made in its edition's language at once: copying all of them afterwards was a tenth of the plan.
        var (language, folder) = (site.Settings.Language, site.Urls.LanguageFolder);
        PlannedPage New(PageKind kind, string path, string title) => new(kind, path, title) { Language = language, LanguageFolder = folder };

        var pages = ImmutableArray.CreateBuilder<PlannedPage>();
        pages.AddRange(Paged(site, texts, New, PageKind.Home, UrlScheme.Home, texts.Format("latest_releases"), site.Releases));

        // A release listed as another language's fallback has its page in that language only.
        pages.AddRange(site.Releases.Where(site.IsOwn).Select(release => new PlannedPage(PageKind.Release, release.Path, release.Title) { Release = release, Language = language, LanguageFolder = folder }));
        pages.AddRange(site.Pages.Where(site.IsOwn).Select(page => new PlannedPage(PageKind.Page, page.Path, page.Title) { Page = page, Language = language, LanguageFolder = folder }));

        pages.Add(New(PageKind.Partners, UrlScheme.Partners, texts.Format("partners")));
        foreach (var partner in site.Partners)
        {
            pages.AddRange(Paged(site, texts, New, PageKind.Partner, UrlScheme.Partner(partner.Id), partner.Name, site.Indexes.ReleasesOf(partner))
                .Select(page => page with { Partner = partner }));
        }

        pages.Add(New(PageKind.Topics, UrlScheme.Topics, texts.Format("topics")));
        foreach (var topic in site.Topics)
        {
            pages.AddRange(Paged(site, texts, New, PageKind.Topic, UrlScheme.Topic(topic.Id), topic.Name, site.Indexes.ReleasesOf(topic))
                .Select(page => page with { Topic = topic }));
        }

        pages.Add(New(PageKind.Archive, UrlScheme.Archive, texts.Format("archive")));
        pages.AddRange(site.Indexes.Years.Select(year =>
            New(PageKind.Year, UrlScheme.Year(year.Year), texts.Format("releases_of_year", ("year", Number(year.Year)))) with { Year = year }));

        if (site.Releases.Any(release => release.Event is not null))
        {
            pages.Add(New(PageKind.Events, UrlScheme.Events, texts.Format("events")));
        }

        pages.Add(New(PageKind.Search, UrlScheme.Search, texts.Format("search")));
        pages.Add(New(PageKind.NotFound, UrlScheme.NotFound, texts.Format("not_found")));
        return pages.ToImmutable();
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The pages of a paged list; from page 2 on the title says which page, so no two pages share a title.</summary>
    private static IEnumerable<PlannedPage> Paged(Site site, UiTexts texts, Func<PageKind, string, string, PlannedPage> create, PageKind kind, string listPath, string title, ImmutableArray<Release> releases) =>
        Paginator.Paginate(releases, site.Settings.Paginate, listPath).Select(paginator => create(
            kind,
            UrlScheme.Paged(listPath, paginator.PageNumber),
            paginator.PageNumber == 1 ? title : texts.Format("title_page", ("title", title), ("page", Number(paginator.PageNumber)))) with
        {
            Paginator = paginator,
        });
}
