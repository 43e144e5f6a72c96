using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using SkiaSharp;

namespace PortalGen.Imaging;

/// <summary>
/// Draws a release's share card, 1200 × 630 (what Facebook, LinkedIn, X and Mastodon show whole): the site's name in
/// its accent colour, the title as large as its length allows, and a band in the accent colour with the date and the
/// partners. The same card gives the same PNG bytes on every machine: the fonts are the theme's own, text is shaped
/// by HarfBuzz without hinting, and the encoder writes no time or text chunks.
/// </summary>
internal static class SocialCardPainter
{
    public const int Width = 1200, Height = 630;

    /// <summary>Part of every card's name: a change to how cards are drawn renames them all, so no host keeps an old one.</summary>
    public const string Version = "card-v2;skia-4.156.1;harfbuzz-14.4.0";

    private const float Margin = 80, TextWidth = Width - (2 * Margin);
    private const float SiteNameSize = 30, SiteNameBaseline = 104;
    private const float TitleTop = 148, TitleBottom = 462, TitleLineHeight = 1.22f;
    private const float BandTop = 498, DateSize = 28, PartnerSize = 26;

    /// <summary>Title sizes from the largest, each tried in turn: the first at which the whole title fits is taken.</summary>
    private static readonly float[] TitleSizes = [76, 66, 58, 50, 44];

    private static readonly SKColor Paper = SKColors.White, Ink = new(0x1b, 0x1f, 0x24);

    public static byte[] Paint(SocialCard card)
    {
        var accent = SKColor.TryParse(card.Accent, out var parsed) ? parsed : new SKColor(0x00, 0x52, 0x8a);
        var onAccent = Contrast(SKColors.White, accent) >= 4.5 ? SKColors.White : Ink;
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"no surface of {Width} × {Height}");
        var canvas = surface.Canvas;
        canvas.Clear(Paper);
        using var paint = new SKPaint { IsAntialias = true };

        // A short rule above the site's name, and the band across the foot: the accent colour frames the title.
        paint.Color = accent;
        canvas.DrawRect(Margin, SiteNameBaseline - SiteNameSize - 30, 96, 8, paint);
        canvas.DrawRect(0, BandTop, Width, Height - BandTop, paint);

        paint.Color = Contrast(Paper, accent) >= 3 ? accent : Ink;
        DrawOneLine(canvas, card, card.SiteName, bold: true, SiteNameSize, SiteNameBaseline, paint);

        paint.Color = Ink;
        DrawTitle(canvas, card, paint);

        paint.Color = onAccent;
        var partners = string.Join(" · ", card.PartnerNames);
        var dateBaseline = partners.Length == 0 ? BandTop + ((Height - BandTop) / 2) + (DateSize * 0.36f) : BandTop + 52;
        DrawOneLine(canvas, card, card.DateText, bold: true, DateSize, dateBaseline, paint);
        DrawOneLine(canvas, card, partners, bold: false, PartnerSize, BandTop + 96, paint);

        using var pixels = surface.PeekPixels();
        // Unfiltered rows: a card is flat colour and text, which deflate packs best as it is; trying every filter on
        // each row (libpng's default) made the file 20% larger and took 90% of a card's time (48 ms against 26 ms).
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.None, 6))
            ?? throw new InvalidOperationException("SkiaSharp could not encode the social card");
        return png.ToArray();
    }

    /// <summary>
    /// The characters of <paramref name="text"/> that no font of the card has (emoji, Korean, Greek), each once in the
    /// order they come: the card shows the font's empty box for each, so the build warns. Invisible characters (joiners,
    /// variation selectors) are drawn as nothing and are no loss.
    /// </summary>
    public static ImmutableArray<string> MissingGlyphs(string text, CardFonts fonts) =>
    [
        .. text.EnumerateRunes()
            .Where(rune => !IsInvisible(rune) && !fonts.Covers(rune))
            .Select(rune => rune.ToString())
            .Distinct(StringComparer.Ordinal),
    ];

    /// <summary>The title at the largest size at which it fits whole; at the smallest, cut with an ellipsis.</summary>
    private static void DrawTitle(SKCanvas canvas, SocialCard card, SKPaint paint)
    {
        foreach (var size in TitleSizes)
        {
            var lineHeight = size * TitleLineHeight;
            var (lines, cut) = Wrap(card, card.Title, bold: true, size, (int)((TitleBottom - TitleTop) / lineHeight));
            if (!cut || size == TitleSizes[^1])
            {
                for (var i = 0; i < lines.Length; i++)
                {
                    ShapedLine.Shape(lines[i], card.Fonts, bold: true, size, card.Language).Draw(canvas, Margin, TitleTop + size + (i * lineHeight), size, paint);
                }

                return;
            }
        }
    }

    private static void DrawOneLine(SKCanvas canvas, SocialCard card, string text, bool bold, float size, float baseline, SKPaint paint)
    {
        var (lines, _) = Wrap(card, text, bold, size, maxLines: 1);
        if (lines.Length > 0)
        {
            ShapedLine.Shape(lines[0], card.Fonts, bold, size, card.Language).Draw(canvas, Margin, baseline, size, paint);
        }
    }

    private static (ImmutableArray<string> Lines, bool Cut) Wrap(SocialCard card, string text, bool bold, float size, int maxLines) =>
        CardLines.Wrap(text, line => ShapedLine.Shape(line, card.Fonts, bold, size, card.Language).Width, TextWidth, maxLines);

    private static bool IsInvisible(Rune rune) =>
        Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
        || rune.Value is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF);

    /// <summary>The WCAG contrast ratio of two colours, 1 to 21.</summary>
    private static double Contrast(SKColor a, SKColor b)
    {
        var (lighter, darker) = (Math.Max(Luminance(a), Luminance(b)), Math.Min(Luminance(a), Luminance(b)));
        return (lighter + 0.05) / (darker + 0.05);
    }

    private static double Luminance(SKColor colour)
    {
        static double Linear(byte channel) => channel / 255.0 <= 0.04045 ? channel / 255.0 / 12.92 : Math.Pow(((channel / 255.0) + 0.055) / 1.055, 2.4);
        return (0.2126 * Linear(colour.Red)) + (0.7152 * Linear(colour.Green)) + (0.0722 * Linear(colour.Blue));
    }
}
