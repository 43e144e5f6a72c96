using SkiaSharp;
using Buffer = HarfBuzzSharp.Buffer;
using Language = HarfBuzzSharp.Language;

namespace PortalGen.Imaging;

/// <summary>
/// One line of the social card shaped by HarfBuzz: kerning, ligatures and marks as the font asks, each run of characters
/// in the face that has them (<see cref="CardFonts.FaceOf"/>), measured before it is drawn.
/// </summary>
internal sealed class ShapedLine
{
    private readonly List<Run> runs;

    private ShapedLine(List<Run> runs, float width)
    {
        this.runs = runs;
        Width = width;
    }

    /// <summary>The advance of the whole line, in pixels.</summary>
    public float Width { get; }

    /// <param name="language">The text's language (en, de, ja): HarfBuzz picks language-specific forms by it, and naming it keeps the machine's locale out of the drawing.</param>
    public static ShapedLine Shape(string text, CardFonts fonts, bool bold, float size, string language)
    {
        var runs = new List<Run>();
        var x = 0f;
        foreach (var (face, start, length) in RunsOf(text, fonts, bold))
        {
            using var buffer = new Buffer();
            buffer.AddUtf16(text, start, length);
            buffer.Language = new Language(language.Length == 0 ? "und" : language);
            buffer.GuessSegmentProperties();
            using var font = FontOf(face, size);
            var shaped = face.Shaper.Shape(buffer, x, 0, font);
            runs.Add(new Run(face, [.. shaped.Codepoints.Select(glyph => (ushort)glyph)], shaped.Points));
            x += shaped.Width;
        }

        return new ShapedLine(runs, x);
    }

    /// <summary>Draws the line with its origin at (<paramref name="x"/>, <paramref name="baseline"/>).</summary>
    public void Draw(SKCanvas canvas, float x, float baseline, float size, SKPaint paint)
    {
        if (runs.Count == 0)
        {
            return;
        }

        using var builder = new SKTextBlobBuilder();
        foreach (var run in runs)
        {
            using var font = FontOf(run.Face, size);
            builder.AddPositionedRun(run.Glyphs, font, run.Points);
        }

        using var blob = builder.Build();
        canvas.DrawText(blob, x, baseline, paint);
    }

    /// <summary>
    /// Grey-scale antialiasing with subpixel positions and no hinting: what the eye sees at share-card sizes, and no
    /// dependence on how the machine's FreeType would hint.
    /// </summary>
    private static SKFont FontOf(CardFace face, float size) =>
        new(face.Typeface, size) { Edging = SKFontEdging.Antialias, Subpixel = true, Hinting = SKFontHinting.None, LinearMetrics = true };

    /// <summary>The text cut where the face changes, as UTF-16 offsets.</summary>
    private static List<(CardFace Face, int Start, int Length)> RunsOf(string text, CardFonts fonts, bool bold)
    {
        var runs = new List<(CardFace, int, int)>();
        CardFace? face = null;
        var (start, index) = (0, 0);
        foreach (var rune in text.EnumerateRunes())
        {
            var next = fonts.FaceOf(rune, bold, face);
            if (face is not null && next != face)
            {
                runs.Add((face, start, index - start));
                start = index;
            }

            face = next;
            index += rune.Utf16SequenceLength;
        }

        if (face is not null)
        {
            runs.Add((face, start, index - start));
        }

        return runs;
    }

    private sealed record Run(CardFace Face, ushort[] Glyphs, SKPoint[] Points);
}
