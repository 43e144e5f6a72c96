using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;

namespace PortalGen.Modeling;

/// <summary>
/// brand.favicon must be a static file whose bytes are the picture its name promises, checked from its header before
/// anything is drawn: a wrong one fails the build with nothing written. A raster that is not square or smaller than
/// the largest icon drawn from it (512 px) is used, with a warning, since the set would be stretched or blurred.
/// </summary>
internal static class FaviconSourceCheck
{
    /// <summary>The largest icon of the set: a smaller raster is scaled up to it.</summary>
    public const int LargestIcon = 512;

    public static void Check(BrandSettings brand, ContentIndex content, DiagnosticBag diagnostics)
    {
        if (brand.Favicon is not { } favicon)
        {
            return;
        }

        var path = favicon.TrimStart('/');
        if (!content.StaticPaths.Contains(path))
        {
            diagnostics.Error(
                DiagnosticCodes.FaviconMissing,
                brand.FaviconSpan,
                $"the favicon '{favicon}' is not among the static files",
                $"put it in content/static/{path}, or correct the path (it starts at the site root, as in /brand/icon.svg)");
            return;
        }

        if (!content.StaticImages.TryGetValue(path, out var file) || file.Image is not { } facts)
        {
            return;
        }

        if (!facts.IsReadable)
        {
            diagnostics.Error(
                DiagnosticCodes.DamagedFavicon,
                brand.FaviconSpan,
                $"the favicon '{favicon}' cannot be read: it is damaged or not an image",
                "open it in an image editor and export it again (SVG, or a square PNG of at least 512 px)");
        }
        else if (facts.Format != ImageFacts.PromisedBy(path) || facts.Frames > 1)
        {
            diagnostics.Error(
                DiagnosticCodes.UnsupportedFavicon,
                brand.FaviconSpan,
                $"the favicon '{favicon}' holds {(facts.Frames > 1 ? "an animation" : $"a {facts.Format.ToString().ToUpperInvariant()} picture")}, not what its name promises",
                "export it as a still SVG, PNG, JPEG or WebP with the matching extension");
        }
        else if (facts.Format != ImageFormat.Svg && facts.Size.Width != facts.Size.Height)
        {
            diagnostics.Warning(
                DiagnosticCodes.FaviconNotSquare,
                brand.FaviconSpan,
                $"the favicon '{favicon}' is {facts.Size.Width} × {facts.Size.Height} px, not square: the icons show it whole, with empty bands beside it",
                "crop it to a square in an image editor");
        }
        else if (facts.Format != ImageFormat.Svg && facts.Size.Width < LargestIcon)
        {
            diagnostics.Warning(
                DiagnosticCodes.FaviconTooSmall,
                brand.FaviconSpan,
                $"the favicon '{favicon}' is {facts.Size.Width} px wide: the {LargestIcon} px icon drawn from it is blurred",
                $"export it at {LargestIcon} × {LargestIcon} px or more, or use an SVG");
        }
    }
}
