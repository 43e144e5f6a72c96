using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;

namespace PortalGen.Parsing;

/// <summary>
/// A translation is the original's file name with the language before the extension (nec-mou.de.md, or index.de.md
/// in a page bundle). This finds a file's language and the path it shares with its translations.
/// </summary>
internal static class LanguageSuffix
{
    /// <summary>
    /// The file's language and the file as its translations all name it (the suffix removed from its relative path,
    /// its display path unchanged); null, with an error, for a suffix that is a language the site does not have.
    /// </summary>
    public static (SourceFile File, string Language)? Split(SourceFile file, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var extension = Path.GetExtension(file.RelativePath);
        var withoutExtension = file.RelativePath[..^extension.Length];
        var dot = withoutExtension.LastIndexOf('.');
        if (dot < 0 || dot < withoutExtension.LastIndexOf('/'))
        {
            return (file, settings.DefaultLanguage);
        }

        var suffix = withoutExtension[(dot + 1)..];
        var neutral = file with { RelativePath = withoutExtension[..dot] + extension };
        if (settings.Languages.FirstOrDefault(l => string.Equals(l.Code, suffix, StringComparison.OrdinalIgnoreCase)) is { } language)
        {
            return (neutral, language.Code);
        }

        // A dot that is not before a language code is part of the name (report-v1.2.md).
        if (!LanguageCodes.IsKnown(suffix) || suffix.Any(char.IsAsciiDigit))
        {
            return (file, settings.DefaultLanguage);
        }

        diagnostics.Error(
            DiagnosticCodes.UnknownLanguage,
            new SourceSpan(file.DisplayPath, 1, 1),
            $"the file name says the language '{suffix}', which is not one of the site's languages",
            $"the languages in site.yml are {string.Join(", ", settings.Languages.Select(l => l.Code))}; add '{suffix}' there or rename the file");
        return null;
    }
}
