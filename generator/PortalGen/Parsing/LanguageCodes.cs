using System.Globalization;
using PortalGen.Diagnostics;

namespace PortalGen.Parsing;

/// <summary>Checks language codes: a BCP 47 tag that .NET knows a culture for, so dates and names can be written in it.</summary>
internal static class LanguageCodes
{
    public static bool IsKnown(string code)
    {
        // Letters, digits and hyphens only: the code becomes a URL folder (/de/) and an hreflang value.
        if (code.Length == 0 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            return false;
        }

        try
        {
            return CultureInfo.GetCultureInfo(code, predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The code if known, else null with an error at its place in site.yml.</summary>
    public static string? Check(Field<string> code, DiagnosticBag diagnostics)
    {
        var text = code.Value.Trim();
        if (IsKnown(text))
        {
            return text;
        }

        diagnostics.Error(DiagnosticCodes.UnknownLanguage, code.Span, $"unknown language '{text}'", "write a BCP 47 language tag such as en, de, ja or pt-BR");
        return null;
    }
}
