using System.Globalization;
using System.Text;
using PortalGen.Diagnostics;
using PortalGen.Settings;

namespace PortalGen.Loading;

/// <summary>
/// Names and texts in Unicode's composed form (NFC), read so at loading: macOS names a file decomposed (ü as u and
/// U+0308), Linux and Windows keep what was typed, and an editor's text may hold either. Every later stage (slugs,
/// links by source path, URLs, the template loader) then sees one spelling of each name.
/// </summary>
internal static class UnicodeNames
{
    /// <remarks>The check alone for the usual text, which is composed already (ASCII most of all).</remarks>
    public static string Composed(string text) =>
        text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>Of files whose names are one in NFC, the first in ordinal order: the others are reported by <see cref="ReportCollisions"/>.</summary>
    internal static IEnumerable<string> FirstOfEachName(IEnumerable<string> orderedPaths) =>
        orderedPaths.DistinctBy(Composed, StringComparer.Ordinal);

    /// <summary>Each file whose name, in NFC, is that of an earlier one is an error naming both; only the first is read.</summary>
    internal static void ReportCollisions(BuildOptions options, IEnumerable<string> orderedPaths, DiagnosticBag diagnostics)
    {
        foreach (var names in orderedPaths.GroupBy(Composed, StringComparer.Ordinal).Where(g => g.Skip(1).Any()))
        {
            var first = names.First();
            foreach (var other in names.Skip(1))
            {
                diagnostics.Error(
                    DiagnosticCodes.DuplicateFileName,
                    SourceSpan.WholeFile(SiteSourceLoader.Display(options, first)),
                    $"{Spelled(options, first)} and {Spelled(options, other)} are one name in two Unicode forms (composed and decomposed), so they would publish at one URL",
                    "keep one of them: rename or delete the other");
            }
        }
    }

    /// <summary>A path as it is on disk, its combining marks shown as <c>\u0308</c>: the two names of a collision look alike otherwise.</summary>
    private static string Spelled(BuildOptions options, string fullPath)
    {
        var spelled = new StringBuilder();
        foreach (var c in Path.GetRelativePath(options.DisplayRoot, fullPath).Replace('\\', '/'))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                spelled.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                spelled.Append(c);
            }
        }

        return PrintableText.Of(spelled.ToString());
    }
}
