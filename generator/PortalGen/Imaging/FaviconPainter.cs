using System.Text;
using System.Xml;
using PortalGen.Model;
using SkiaSharp;
using Svg.Skia;

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
    public const string Version = "favicon-v1;skia-4.156.1;svg-skia-5.2.3;harfbuzz-14.4.0";

    /// <summary>The sizes in favicon.ico: a tab (16), a tab on a high-density screen or the taskbar (32), a desktop shortcut (48).</summary>
    public static readonly int[] IcoSizes = [16, 32, 48];

    public const int AppleTouchSize = 180;

    /// <summary>The rounded square's corner radius as a share of its side, as the brand's logo mark has it (6 of 40).</summary>
    private const float Corner = 0.15f;

    /// <summary>How CSS names another file, in a style attribute or element.</summary>
    private static readonly string[] CssLinks = ["url(", "@import"];

    private static readonly char[] UrlEnds = [')', '\'', '"', ';', ' ', '\n', '\t'];

    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    /// <exception cref="ImageProcessingException">brand.favicon cannot be read or drawn.</exception>
    public static byte[] Paint(FaviconDrawing favicon)
    {
        using var source = favicon.Source is { } file ? SourcePicture.Read(file) : null;
        return favicon.File switch
        {
            FaviconFile.Ico => IcoWriter.Write([.. IcoSizes.Select(size => (size, Png(favicon, source, size, opaque: false)))]),
            FaviconFile.AppleTouchIcon => Png(favicon, source, AppleTouchSize, opaque: true),
            FaviconFile.Icon192 => Png(favicon, source, 192, opaque: false),
            _ => Png(favicon, source, 512, opaque: false),
        };
    }

    private static byte[] Png(FaviconDrawing favicon, SourcePicture? source, int size, bool opaque)
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

        using var pixels = surface.PeekPixels();
        using var png = pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 9))
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

    /// <summary>brand.favicon, read once for all the sizes of one file.</summary>
    private sealed class SourcePicture : IDisposable
    {
        private readonly SKSvg? svg;
        private readonly SKImage? image;
        private readonly SKRect bounds;

        private SourcePicture(SKSvg? svg, SKImage? image, SKRect bounds) => (this.svg, this.image, this.bounds) = (svg, image, bounds);

        public static SourcePicture Read(StaticFile file)
        {
            byte[] bytes;
            using (var stream = file.Open())
            using (var copy = new MemoryStream())
            {
                stream.CopyTo(copy);
                bytes = copy.ToArray();
            }

            if (file.Image?.Format is not ImageFormat.Svg)
            {
                var image = SKImage.FromEncodedData(bytes) ?? throw new ImageProcessingException("it is damaged or not an image SkiaSharp can decode");
                return new SourcePicture(null, image, SKRect.Create(image.Width, image.Height));
            }

            var svg = new SKSvg();
            SourcePicture? read = null;
            try
            {
                var picture = LoadSvg(svg, bytes);
                if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
                {
                    throw new ImageProcessingException("the SVG draws nothing: give it a viewBox, or width and height");
                }

                return read = new SourcePicture(svg, null, picture.CullRect);
            }
            finally
            {
                if (read is null)
                {
                    svg.Dispose();
                }
            }
        }

        /// <summary>Scaled to fit the square whole, centred.</summary>
        public void Draw(SKCanvas canvas, int size)
        {
            var scale = Math.Min(size / bounds.Width, size / bounds.Height);
            canvas.Save();
            canvas.Translate((size - (bounds.Width * scale)) / 2, (size - (bounds.Height * scale)) / 2);
            canvas.Scale(scale);
            canvas.Translate(-bounds.Left, -bounds.Top);
            if (image is not null)
            {
                canvas.DrawImage(image, bounds, Sampling);
            }
            else
            {
                canvas.DrawPicture(svg!.Picture);
            }

            canvas.Restore();
        }

        public void Dispose()
        {
            svg?.Dispose();
            image?.Dispose();
        }

        /// <summary>
        /// Svg.Skia would fetch a linked image or style sheet, over the network too: the icons would then depend on
        /// what a server answers at build time. Only links within the file (#id) and data: URIs are drawn.
        /// </summary>
        private static void RefuseOutsideFiles(XmlReader svg)
        {
            if (FirstOutsideLink(svg) is { } link)
            {
                throw new ImageProcessingException($"it links {link}: the favicon set is drawn from the SVG alone; embed the picture as a data: URI or leave it out");
            }
        }

        private static string? FirstOutsideLink(XmlReader svg)
        {
            do
            {
                if (svg.NodeType == XmlNodeType.Element && svg.MoveToFirstAttribute())
                {
                    do
                    {
                        if (LinksOutside(svg.LocalName, svg.Value) is { } link)
                        {
                            return link;
                        }
                    }
                    while (svg.MoveToNextAttribute());
                }
                else if (svg.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && LinksOutside("style", svg.Value) is { } link)
                {
                    return link;
                }
            }
            while (svg.Read());

            return null;
        }

        /// <summary>An href to another file, or a CSS url() or @import of one, in an attribute or a style element.</summary>
        private static string? LinksOutside(string name, string value)
        {
            if (name == "href")
            {
                return IsInside(value) ? null : value.Trim();
            }

            foreach (var marker in CssLinks)
            {
                for (var at = value.IndexOf(marker, StringComparison.OrdinalIgnoreCase); at >= 0; at = value.IndexOf(marker, at + 1, StringComparison.OrdinalIgnoreCase))
                {
                    var rest = value[(at + marker.Length)..].TrimStart();
                    rest = rest.StartsWith("url(", StringComparison.OrdinalIgnoreCase) ? rest[4..] : rest;
                    var target = rest.TrimStart(' ', '\'', '"').Split(UrlEnds)[0];
                    if (!IsInside(target))
                    {
                        return target;
                    }
                }
            }

            return null;
        }

        private static bool IsInside(string target) =>
            target.Trim().Length == 0 || target.TrimStart().StartsWith('#') || target.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// Read without a DTD or any resolver, so a crafted file can neither expand entities nor make the build fetch
        /// anything; the root is checked first, as Svg.Skia fails on a document that is no SVG without saying why.
        /// </summary>
        private static SKPicture? LoadSvg(SKSvg svg, byte[] bytes)
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
            try
            {
                using (var root = XmlReader.Create(new MemoryStream(bytes, writable: false), settings))
                {
                    root.MoveToContent();
                    if (root.LocalName != "svg")
                    {
                        throw new ImageProcessingException($"it is not an SVG: its first element is <{root.LocalName}>");
                    }

                    RefuseOutsideFiles(root);
                }

                using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
                return svg.Load(reader);
            }
            catch (XmlException e)
            {
                throw new ImageProcessingException($"it cannot be read as SVG ({e.Message})");
            }
        }
    }
}
