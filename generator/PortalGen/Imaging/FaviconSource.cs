using System.Xml;
using PortalGen.Model;
using SkiaSharp;
using Svg.Skia;

namespace PortalGen.Imaging;

/// <summary>
/// brand.favicon, read once for all the sizes of one file: a raster decoded by SkiaSharp, an SVG drawn by Svg.Skia into
/// a picture. Either is scaled whole into a square.
/// </summary>
internal sealed class FaviconSource : IDisposable
{
    /// <summary>How CSS names another file, in a style attribute or element.</summary>
    private static readonly string[] CssLinks = ["url(", "@import"];

    private static readonly char[] UrlEnds = [')', '\'', '"', ';', ' ', '\n', '\t'];

    /// <summary>Mipmaps: a 512 px source drawn at 16 px averages what it drops rather than aliasing.</summary>
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    private readonly SKSvg? svg;
    private readonly SKImage? image;
    private readonly SKRect bounds;

    private FaviconSource(SKSvg? svg, SKImage? image, SKRect bounds) => (this.svg, this.image, this.bounds) = (svg, image, bounds);

    public static FaviconSource Read(StaticFile file)
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
            return new FaviconSource(null, image, SKRect.Create(image.Width, image.Height));
        }

        var svg = new SKSvg();
        FaviconSource? read = null;
        try
        {
            var picture = LoadSvg(svg, bytes);
            if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
            {
                throw new ImageProcessingException("the SVG draws nothing: give it a viewBox, or width and height");
            }

            return read = new FaviconSource(svg, null, picture.CullRect);
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
