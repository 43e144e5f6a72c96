using PortalGen.Model;
using PortalGen.Planning;
using Scriban.Runtime;
using static PortalGen.Rendering.ReadOnlyViews;

namespace PortalGen.Rendering;

/// <summary>The views of a page's languages: its hreflang alternates and the language switcher. Both are empty on a one-language site.</summary>
internal sealed partial class TemplateViews
{
    /// <summary><c>translations</c>: the page in each language it exists in, then x-default; for the hreflang links in the head.</summary>
    private ScriptArray TranslationsOf(PlannedPage page) => FreezeArray(translations.Alternates(page).Select(alternate => Freeze(new ScriptObject
    {
        ["language"] = alternate.Language,
        ["url"] = alternate.Permalink,
    })));

    /// <summary>
    /// <c>languages</c>: every language of the site, linking to this page's translation into it, or to that language's
    /// home when the page has none; <c>current</c> marks the page's own.
    /// </summary>
    private ScriptArray LanguagesOf(PlannedPage page)
    {
        if (!site.Settings.IsMultilingual)
        {
            return FreezeArray([]);
        }

        var versions = translations.Of(page);
        return FreezeArray(translations.Editions.All.Select(edition =>
        {
            var language = edition.Settings.Languages.First(l => l.Code == edition.Settings.Language);
            var version = versions.FirstOrDefault(v => v.Language == edition.Settings.Language);
            return Freeze(new ScriptObject
            {
                ["code"] = language.Code,
                ["name"] = language.NativeName,
                ["url"] = version is null ? edition.Urls.Href(UrlScheme.Home) : edition.Urls.Href(version.Path),
                ["current"] = edition.Settings.Language == site.Settings.Language,
                ["translated"] = version is not null,
            });
        }));
    }
}
