using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Settings;

namespace PortalGen.Modeling;

/// <summary>
/// Builds one <see cref="Site"/> per language from the documents written in it, with the registries' texts in
/// that language; with <c>fallback: true</c>, a language's indexes also list the default-language releases
/// that have no translation into it. Menus link the default-language plain pages a language has no translation of.
/// </summary>
internal static class EditionBuilder
{
    public static SiteEditions Build(
        SiteInputs inputs,
        PipelineSettings options,
        DiagnosticBag diagnostics,
        IModelCache cache)
    {
        var settings = inputs.Settings;
        TranslationConsistency.Report(inputs.ReleaseDocuments, settings, diagnostics);
        Site BuildIn(SiteLanguage language, IEnumerable<(string Source, string Path)>? originals) => SiteBuilder.Build(
            inputs with
            {
                Settings = settings with
                {
                    Language = language.Code,
                    Title = language.Title ?? settings.Title,
                    Description = language.Description ?? settings.Description,
                },
                Partners = [.. inputs.Partners.Select(p => p.In(language.Code))],
                Topics = [.. inputs.Topics.Select(t => t.In(language.Code))],
                Contacts = inputs.Contacts.In(language.Code),
                Funders = [.. inputs.Funders.Select(f => f.In(language.Code))],
                ReleaseDocuments = [.. inputs.ReleaseDocuments.Where(d => d.Language == language.Code)],
                PageDocuments = [.. inputs.PageDocuments.Where(d => d.Language == language.Code)],
            },
            options,
            diagnostics,
            originals is null ? cache : ModelCache.ForTranslation(cache),
            originals);

        // The default language first: a translation's links to files without a translation lead to the originals.
        var original = BuildIn(settings.Languages.First(l => l.Code == settings.DefaultLanguage), null);
        // Listed only for a site with translations: a one-language site would list 10,000 paths on every preview save for nothing.
        var originals = new Lazy<(string, string)[]>(() =>
            [.. original.Releases.Select(r => (r.TranslationKey, r.Path)), .. original.Pages.Select(p => (p.TranslationKey, p.Path))]);
        var editions = settings.Languages.Select(language => language.Code == settings.DefaultLanguage ? original : BuildIn(language, originals.Value)).ToList();

        ReportPagesInLanguageFolders(original, diagnostics);
        editions = [.. editions.Select(edition => edition == original ? edition : WithOriginalPages(settings.LanguageFallback ? WithFallback(edition, original) : edition, original))];
        return new SiteEditions([.. editions]);
    }

    /// <summary>A default-language page at /de/ would be overwritten by the German edition's home.</summary>
    private static void ReportPagesInLanguageFolders(Site original, DiagnosticBag diagnostics)
    {
        var folders = original.Settings.Languages.Select(l => UrlScheme.FolderOf(l.Code, original.Settings.DefaultLanguage)).Where(f => f.Length > 0).ToHashSet(StringComparer.Ordinal);
        foreach (var page in original.Pages.Where(p => folders.Contains(p.Path[..(p.Path.IndexOf('/', StringComparison.Ordinal) + 1)])))
        {
            diagnostics.Error(
                DiagnosticCodes.ReservedUrl,
                new SourceSpan(page.SourcePath, 1, 1),
                $"the page would take the URL /{page.Path}, where the site's {page.Path.Split('/')[0]} edition lives",
                "give the page another file name or 'slug:'");
        }
    }

    /// <summary>
    /// A language's menus always reach every plain page: a page without a translation (the legal notice, say) is
    /// linked in the default language rather than missing from the footer.
    /// </summary>
    private static Site WithOriginalPages(Site edition, Site original)
    {
        var translated = edition.Pages.Select(p => p.TranslationKey).ToHashSet(StringComparer.Ordinal);
        return edition with
        {
            Pages = [.. edition.Pages.Concat(original.Pages.Where(p => !translated.Contains(p.TranslationKey))).OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Language, StringComparer.Ordinal)],
        };
    }

    /// <summary>The edition with the original's untranslated releases added, their partners and topics in the edition's language.</summary>
    private static Site WithFallback(Site edition, Site original)
    {
        var translated = edition.Releases.Select(r => r.TranslationKey).ToHashSet(StringComparer.Ordinal);
        var partners = edition.Partners.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var topics = edition.Topics.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var fallback = original.Releases
            .Where(r => !translated.Contains(r.TranslationKey))
            .Select(r => r with { Partners = [.. r.Partners.Select(p => partners[p.Id])], Topics = [.. r.Topics.Select(t => topics[t.Id])] });
        var releases = SiteBuilder.NewestFirst(edition.Releases.Concat(fallback));
        return edition with
        {
            Releases = releases,
            Indexes = SiteIndexes.Build(releases, edition.Partners, edition.Topics, edition.Settings.Related),
        };
    }
}
