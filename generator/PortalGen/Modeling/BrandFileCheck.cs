using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;

namespace PortalGen.Modeling;

/// <summary>The brand's logo must be one of the static files: a missing one would leave every page's header empty.</summary>
internal static class BrandFileCheck
{
    public static void Check(BrandSettings brand, ContentIndex content, DiagnosticBag diagnostics)
    {
        if (brand.Logo is { } logo && !content.StaticPaths.Contains(logo.TrimStart('/')))
        {
            diagnostics.Error(
                DiagnosticCodes.BrandFileMissing,
                brand.LogoSpan,
                $"the logo '{logo}' is not among the static files",
                $"put it in content/static/{logo.TrimStart('/')}, or correct the path (it starts at the site root, as in /brand/logo.svg)");
        }
    }
}
