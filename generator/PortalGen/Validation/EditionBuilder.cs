using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Validation;

/// <summary>
/// Builds one <see cref="Site"/> per language from the documents written in it, with the registries' texts in
/// that language; with <c>fallback: true</c>, a language's indexes also list the default-language releases
/// that have no translation into it.
/// </summary>
public static class EditionBuilder
{
    public static SiteEditions Build(
        SiteSettings settings,
        ImmutableArray<Partner> partners,
        ImmutableArray<Topic> topics,
        IReadOnlyList<ContentDocument> releaseDocuments,
        IReadOnlyList<ContentDocument> pageDocuments,
        BuildOptions options,
        DiagnosticBag diagnostics)
    {
        TranslationConsistency.Report(releaseDocuments, settings, diagnostics);
        var editions = settings.Languages.Select(language => SiteBuilder.Build(
            settings with
            {
                Language = language.Code,
                Title = language.Title ?? settings.Title,
                Description = language.Description ?? settings.Description,
            },
            [.. partners.Select(p => p.In(language.Code))],
            [.. topics.Select(t => t.In(language.Code))],
            [.. releaseDocuments.Where(d => d.Language == language.Code)],
            [.. pageDocuments.Where(d => d.Language == language.Code)],
            options,
            diagnostics)).ToList();

        if (settings.LanguageFallback)
        {
            var original = editions.First(e => e.Settings.Language == settings.DefaultLanguage);
            editions = [.. editions.Select(edition => edition == original ? edition : WithFallback(edition, original))];
        }

        return new SiteEditions([.. editions]);
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
