using System.Collections.Frozen;
using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>
/// The versions of each page in the site's languages: a release or plain page and its translations, an index page
/// (home, partners, year 2020, page 2 of a list) and the same index in the other editions. For the hreflang links,
/// the language switcher and the sitemap's alternates; reciprocal by construction, since every version finds the same set.
/// </summary>
internal sealed class PageTranslations
{
    private readonly Lazy<FrozenDictionary<string, ImmutableArray<PlannedPage>>> byKey;
    private readonly FrozenDictionary<string, UrlScheme> urlsByLanguage;

    public PageTranslations(SiteEditions editions, IEnumerable<PlannedPage> pages)
    {
        Editions = editions;
        urlsByLanguage = editions.All.ToFrozenDictionary(e => e.Settings.Language, e => e.Urls, StringComparer.Ordinal);
        var order = editions.All.Select(e => e.Settings.Language).ToList();

        // Grouped on first use: a site in one language never asks, and grouping 16,000 pages was a tenth of a preview save.
        byKey = new(() => pages
            .GroupBy(page => page.TranslationKey, StringComparer.Ordinal)
            .ToFrozenDictionary(group => group.Key, group => group.OrderBy(page => order.IndexOf(page.Language)).ToImmutableArray(), StringComparer.Ordinal));
    }

    public SiteEditions Editions { get; }

    /// <summary>The page in every language it exists in (itself included), in the order of site.yml's languages.</summary>
    public ImmutableArray<PlannedPage> Of(PlannedPage page) =>
        Editions.All.Length == 1 ? [page] : byKey.Value[page.TranslationKey];

    /// <summary>
    /// The hreflang alternates of a page: each version with its language, then x-default for the default-language
    /// version; none for a page that exists in one language only.
    /// </summary>
    public ImmutableArray<PageAlternate> Alternates(PlannedPage page)
    {
        var versions = Of(page);
        if (versions.Length < 2)
        {
            return [];
        }

        var alternates = versions.Select(version => new PageAlternate(version.Language, version, UrlsOf(version).Permalink(version.Path))).ToList();
        if (versions.FirstOrDefault(version => version.Language == Editions.Default.Settings.Language) is { } original)
        {
            alternates.Add(new PageAlternate(PageAlternate.XDefault, original, UrlsOf(original).Permalink(original.Path)));
        }

        return [.. alternates];
    }

    /// <summary>The scheme that addresses a page of the given language.</summary>
    public UrlScheme UrlsOf(PlannedPage page) => urlsByLanguage[page.Language];
}
