using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;

namespace PortalGen.Modeling;

/// <summary>
/// The brand's logo must be one of the static files, and a picture of the kind its name says, read from its header:
/// a missing or damaged one would show as a broken image in every page's header.
/// </summary>
internal static class BrandFileCheck
{
    public static void Check(BrandSettings brand, ContentIndex content, DiagnosticBag diagnostics)
    {
        if (brand.Logo is not { } logo)
        {
            return;
        }

        var path = logo.TrimStart('/');
        if (!content.StaticPaths.Contains(path))
        {
            diagnostics.Error(
                DiagnosticCodes.BrandFileMissing,
                brand.LogoSpan,
                $"the logo '{logo}' is not among the static files",
                $"put it in content/static/{path}, or correct the path (it starts at the site root, as in /brand/logo.svg)");
        }
        else if (content.StaticImages.TryGetValue(path, out var file) && file.Image is { } facts && (!facts.IsReadable || facts.Format != ImageFacts.PromisedBy(path)))
        {
            diagnostics.Error(
                DiagnosticCodes.UnsupportedBrandLogo,
                brand.LogoSpan,
                facts.IsReadable ? $"the logo '{logo}' holds a {facts.Format.ToString().ToUpperInvariant()} picture, not what its name promises" : $"the logo '{logo}' cannot be read: it is damaged or not an image",
                "open it in an image editor and export it again as SVG, PNG, JPEG or WebP, with the matching extension");
        }
    }
}
