using PortalGen.Diagnostics;
using PortalGen.Model;

namespace PortalGen.Imaging;

/// <summary>
/// What a page may do with an image it names, reported where it names it: a still JPEG, PNG or WebP becomes
/// variants; SVG and animated GIF are published as they are; a HEIC photo, a damaged file or a decompression
/// bomb is an error before anything is decoded.
/// </summary>
internal static class ImageChecks
{
    /// <param name="written">The image as the editor wrote it, for messages.</param>
    /// <returns>True when variants are to be made of it.</returns>
    public static bool AcceptForVariants(ImageFacts facts, string written, SourceSpan span, ImageSettings settings, DiagnosticBag diagnostics)
    {
        switch (facts.Format)
        {
            case ImageFormat.Heif:
                diagnostics.Error(
                    DiagnosticCodes.UnsupportedImage,
                    span,
                    $"'{written}' is a HEIC photo, which most browsers cannot show and this build cannot convert",
                    "export it as JPEG (on an iPhone: Settings > Camera > Formats > Most Compatible)");
                return false;
            case ImageFormat.Unreadable:
                diagnostics.Error(
                    DiagnosticCodes.DamagedImage,
                    span,
                    $"'{written}' is not an image this build can read, or it is damaged",
                    "open it in an image editor and export it again as JPEG or PNG");
                return false;
            case ImageFormat.Svg or ImageFormat.Gif:
                return false; // published as they are: a drawing needs no variants, an animation would lose its frames
        }

        if (facts.Pixels > settings.MaxPixels)
        {
            diagnostics.Error(
                DiagnosticCodes.ImageTooLarge,
                span,
                $"'{written}' has {facts.Size.Width} × {facts.Size.Height} pixels, more than the {settings.MaxPixels / 1_000_000.0:0.#} megapixels a build decodes",
                "scale it down (a web photo needs 3,000 pixels across at most), or raise 'images: max_pixels:' in site.yml");
            return false;
        }

        if (ImageFacts.PromisedBy(written) is { } promised && promised != facts.Format)
        {
            diagnostics.Warning(
                DiagnosticCodes.ImageNameMisleads,
                span,
                $"'{written}' holds a {facts.Format.ToString().ToUpperInvariant()} image, not what its name says",
                $"rename it to end in .{(facts.Format == ImageFormat.Jpeg ? "jpg" : facts.Format.ToString().ToLowerInvariant())}");
        }

        return facts.IsProcessable;
    }
}
