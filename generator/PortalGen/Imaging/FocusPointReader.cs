using System.Globalization;
using PortalGen.Diagnostics;
using PortalGen.Model;

namespace PortalGen.Imaging;

/// <summary>Reads <c>image_focus:</c>: two fractions ("0.3,0.4": left to right, top to bottom) or a named side or corner.</summary>
internal static class FocusPointReader
{
    private static readonly Dictionary<string, FocusPoint> Named = new(StringComparer.OrdinalIgnoreCase)
    {
        ["center"] = FocusPoint.Centre,
        ["centre"] = FocusPoint.Centre,
        ["top"] = new(0.5, 0),
        ["bottom"] = new(0.5, 1),
        ["left"] = new(0, 0.5),
        ["right"] = new(1, 0.5),
        ["top-left"] = new(0, 0),
        ["top-right"] = new(1, 0),
        ["bottom-left"] = new(0, 1),
        ["bottom-right"] = new(1, 1),
    };

    public static FocusPoint Read(string text, SourceSpan span, DiagnosticBag diagnostics)
    {
        var value = text.Trim();
        if (Named.TryGetValue(value, out var named))
        {
            return named;
        }

        var parts = value.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length == 2 && Fraction(parts[0]) is { } x && Fraction(parts[1]) is { } y)
        {
            return new FocusPoint(x, y);
        }

        diagnostics.Error(
            DiagnosticCodes.InvalidImageFocus,
            span,
            $"'{text}' is not a focus point",
            "write two fractions from 0 to 1, across then down (0.3,0.4), or one of: " + string.Join(", ", Named.Keys.Where(name => name != "centre")));
        return FocusPoint.Centre;
    }

    private static double? Fraction(string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) && number is >= 0 and <= 1 ? number : null;
}
