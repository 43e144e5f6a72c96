using System.Text;
using SkiaSharp;

namespace PortalGen.Imaging;

/// <summary>
/// Draws the raster files of the favicon set: brand.favicon scaled whole into the square (an SVG through Svg.Skia, a
/// raster with mipmaps, so 512 px down to 16 px does not alias), or the monogram: the title's initials in white, set in
/// the social card's bold font, on a rounded square of the accent colour. The Apple icon is opaque, as iOS shows
/// transparency as black: the monogram fills the whole square, a source sits on white. The same drawing gives the same
/// bytes on every machine: the fonts are the theme's, text is shaped without hinting, and the encoder writes no time.
/// </summary>
internal static class FaviconPainter
{
    /// <summary>Part of every favicon's cache name: a change to how they are drawn draws them all again.</summary>
    public const string Version = "favicon-v2;skia-4.156.1;svg-skia-5.2.3;harfbuzz-14.4.0";

    /// <summary>The sizes in favicon.ico: a tab (16), a tab on a high-density screen or the taskbar (32), a desktop shortcut (48).</summary>
    public static readonly int[] IcoSizes = [16, 32, 48];

    public const int AppleTouchSize = 180;

    /// <summary>The rounded square's corner radius as a share of its side, as the brand's logo mark has it (6 of 40).</summary>
    private const float Corner = 0.15f;

    /// <exception cref="ImageProcessingException">brand.favicon cannot be read or drawn.</exception>
    public static byte[] Paint(FaviconDrawing favicon)
    {
        using var source = favicon.Source is { } file ? FaviconSource.Read(file) : null;
        return favicon.File switch
        {
            FaviconFile.Ico => IcoWriter.Write([.. IcoSizes.Select(size => (size, Png(favicon, source, size, opaque: false)))]),
            FaviconFile.AppleTouchIcon => Png(favicon, source, AppleTouchSize, opaque: true),
            FaviconFile.Icon192 => Png(favicon, source, 192, opaque: false),
            _ => Png(favicon, source, 512, opaque: false),
        };
    }

    private static byte[] Png(FaviconDrawing favicon, FaviconSource? source, int size, bool opaque)
    {
        var info = new SKImageInfo(size, size, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"no surface of {size} × {size}");
        var canvas = surface.Canvas;
        canvas.Clear(opaque && source is not null ? SKColors.White : SKColors.Transparent);
        if (source is null)
        {
            DrawMonogram(canvas, favicon, size, opaque);
        }
        else
        {
            source.Draw(canvas, size);
        }

        // zlib's level 6, not 9: on a favicon's flat colour, level 9 searched its long runs for 30 ms of a clean build's
        // CPU (the 512 px icon most) to save a few bytes.
        using var pixels = surface.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6))
            ?? throw new InvalidOperationException($"SkiaSharp could not encode a favicon of {size} px");
        return png.ToArray();
    }

    private static void DrawMonogram(SKCanvas canvas, FaviconDrawing favicon, int size, bool opaque)
    {
        using var paint = new SKPaint { IsAntialias = true, Color = SKColor.TryParse(favicon.Accent, out var accent) ? accent : new SKColor(0x00, 0x52, 0x8a) };
        if (opaque)
        {
            canvas.Clear(paint.Color);
        }
        else
        {
            canvas.DrawRoundRect(0, 0, size, size, size * Corner, size * Corner, paint);
        }

        if (favicon.Initials.Length == 0)
        {
            return;
        }

        // iOS lays its own rounded mask over the Apple icon and other icons sit close by: its letters keep a wider margin.
        var (fontSize, widest) = opaque ? (size * 0.42f, size * 0.6f) : (size * 0.52f, size * 0.78f);
        var line = ShapedLine.Shape(favicon.Initials, favicon.Fonts, bold: true, fontSize, "und");
        if (line.Width > widest)
        {
            fontSize *= widest / line.Width;
            line = ShapedLine.Shape(favicon.Initials, favicon.Fonts, bold: true, fontSize, "und");
        }

        // Centred on the letters' ink, not their line box: capitals have no descenders to balance.
        var face = favicon.Fonts.FaceOf(Rune.GetRuneAt(favicon.Initials, 0), bold: true, before: null);
        using var font = new SKFont(face.Typeface, fontSize) { Hinting = SKFontHinting.None, LinearMetrics = true };
        font.MeasureText(favicon.Initials, out var ink);
        paint.Color = SKColors.White;
        line.Draw(canvas, (size - line.Width) / 2, (size - ink.Top - ink.Bottom) / 2, fontSize, paint);
    }
}
