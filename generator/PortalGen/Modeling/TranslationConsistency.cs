using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Modeling;

/// <summary>
/// A translation tells the same news as its original: the same date, partners and topics. Where it does
/// not, one of the two files is out of date, so the warning names both.
/// </summary>
internal static class TranslationConsistency
{
    private const string Hint = "a translation has the date, partners and topics of its original";

    public static void Report(IEnumerable<ContentDocument> releases, SiteSettings settings, DiagnosticBag diagnostics)
    {
        // Without a translation there is nothing to compare: not grouping 10,000 originals saves every preview save a little.
        if (releases.All(d => d.Language == settings.DefaultLanguage))
        {
            return;
        }

        foreach (var versions in releases.GroupBy(d => d.RelativePath, StringComparer.Ordinal))
        {
            if (versions.FirstOrDefault(d => d.Language == settings.DefaultLanguage) is not { } original)
            {
                continue;
            }

            foreach (var translation in versions.Where(d => d != original))
            {
                Compare(translation, original, diagnostics);
            }
        }
    }

    private static void Compare(ContentDocument translation, ContentDocument original, DiagnosticBag diagnostics)
    {
        var mine = translation.FrontMatter;
        var theirs = original.FrontMatter;
        var originalPath = original.DisplayPath;
        if (mine.Date is { } date && theirs.Date is { } originalDate && date.Value.Instant != originalDate.Value.Instant)
        {
            diagnostics.Warning(
                DiagnosticCodes.TranslationContradicts,
                date.Span,
                $"the date {Iso(date.Value)} contradicts {Iso(originalDate.Value)} in the original, {originalPath}",
                Hint);
        }

        CompareIds("partners", mine.Partners, theirs.Partners, mine, originalPath, diagnostics);
        CompareIds("topics", mine.Topics, theirs.Topics, mine, originalPath, diagnostics);
    }

    private static void CompareIds(string key, IReadOnlyList<Field<string>> mine, IReadOnlyList<Field<string>> theirs, FrontMatter translation, string originalPath, DiagnosticBag diagnostics)
    {
        var ids = Ids(mine);
        var originalIds = Ids(theirs);
        if (ids.SequenceEqual(originalIds, StringComparer.Ordinal))
        {
            return;
        }

        diagnostics.Warning(
            DiagnosticCodes.TranslationContradicts,
            mine.Count > 0 ? mine[0].Span : translation.Start,
            $"the {key} [{string.Join(", ", ids)}] contradict [{string.Join(", ", originalIds)}] in the original, {originalPath}",
            Hint);
    }

    private static List<string> Ids(IEnumerable<Field<string>> ids) =>
        [.. ids.Select(id => id.Value.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string Iso(PublishDate date) => DateTexts.Iso(date.Instant, date.HasTime);
}
