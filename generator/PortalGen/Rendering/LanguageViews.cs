using System.Collections.Frozen;
using System.Collections.Immutable;
using PortalGen.Model;
using PortalGen.Planning;
using Scriban.Runtime;

namespace PortalGen.Rendering;

/// <summary>The template views of every language's edition: a page is rendered with the views of its own language.</summary>
internal sealed class LanguageViews
{
    private readonly FrozenDictionary<string, TemplateViews> byLanguage;

    /// <param name="editions">The site in each of its languages.</param>
    /// <param name="texts">The theme's words, by language.</param>
    /// <param name="pages">Every page of every edition, so each page can link its translations.</param>
    /// <param name="now">The build's now, which decides whether an event is upcoming or past.</param>
    /// <param name="assets">The theme's fingerprinted files, which <c>asset</c> names.</param>
    /// <param name="logoSize">The brand logo's own size, when the site has one and its file says it.</param>
    public LanguageViews(SiteEditions editions, IReadOnlyDictionary<string, UiTexts> texts, ImmutableArray<PlannedPage> pages, DateTimeOffset now, ThemeAssets? assets = null, ImageSize? logoSize = null)
    {
        var translations = new PageTranslations(editions, pages);
        // Assets are shared by every language, below the site root.
        var asset = new AssetFunction(assets ?? ThemeAssets.None, editions.Default.Urls);

        // The site's, not each edition's: a German edition whose newest release is older said an older year.
        var copyrightYear = editions.All.Where(edition => !edition.Releases.IsEmpty).Select(edition => (int?)edition.Releases[0].Date.Year).Max();
        byLanguage = editions.All.ToFrozenDictionary(
            edition => edition.Settings.Language,
            edition => new TemplateViews(edition, texts[edition.Settings.Language], translations, now, asset, copyrightYear, logoSize),
            StringComparer.Ordinal);
    }

    /// <inheritdoc cref="TemplateViews.GlobalsOf"/>
    public ScriptObject GlobalsOf(PlannedPage page) => byLanguage[page.Language].GlobalsOf(page);
}
