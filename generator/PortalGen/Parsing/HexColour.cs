using System.Globalization;
using System.Text.RegularExpressions;

namespace PortalGen.Parsing;

/// <summary>A colour written as #rrggbb in site.yml, and how well text in it reads on white.</summary>
internal static partial class HexColour
{
    /// <summary>WCAG's least contrast for body text (AA): links in the accent colour are body text.</summary>
    public const double TextContrast = 4.5;

    public static bool IsValid(string text) => Pattern().IsMatch(text);

    /// <summary>The WCAG contrast ratio of the colour against white, from 1 (white) to 21 (black).</summary>
    public static double ContrastOnWhite(string colour)
    {
        var luminance = 0.2126 * Channel(colour, 1) + 0.7152 * Channel(colour, 3) + 0.0722 * Channel(colour, 5);
        return 1.05 / (luminance + 0.05);
    }

    private static double Channel(string colour, int at)
    {
        var value = int.Parse(colour.AsSpan(at, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
        return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
    }

    [GeneratedRegex("^#[0-9A-Fa-f]{6}$")]
    private static partial Regex Pattern();
}
