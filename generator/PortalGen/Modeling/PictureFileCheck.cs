using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;

namespace PortalGen.Modeling;

/// <summary>
/// The pictures the registries and site.yml name by a path from the site root (the brand's logo, each partner's logo,
/// each press contact's photo) must be static files, each a picture of the kind its name says, read from its header:
/// a missing or damaged one would show as a broken image in every page's header, on every card and page of the
/// partner, beside every release naming the contact. One at an https address is the host's.
/// </summary>
internal static class PictureFileCheck
{
    public static void Check(BrandSettings brand, ImmutableArray<Partner> partners, PressContacts contacts, ContentIndex content, DiagnosticBag diagnostics)
    {
        if (brand.Logo is { } logo)
        {
            Check(logo, brand.LogoSpan, $"the logo '{logo}'", "/brand/logo.svg", (DiagnosticCodes.BrandFileMissing, DiagnosticCodes.UnsupportedBrandLogo), content, diagnostics);
        }

        foreach (var partner in partners.Where(partner => IsSitePath(partner.Logo)))
        {
            Check(partner.Logo!, partner.LogoSpan, $"the logo '{partner.Logo}' of partner '{partner.Id}'", "/logos/nec.svg", (DiagnosticCodes.PartnerLogoMissing, DiagnosticCodes.UnsupportedPartnerLogo), content, diagnostics);
        }

        foreach (var contact in contacts.All.Where(contact => IsSitePath(contact.Photo)))
        {
            Check(contact.Photo!, contact.PhotoSpan, $"the photo '{contact.Photo}' of contact '{contact.Id}'", "/people/martin-muster.jpg", (DiagnosticCodes.ContactPhotoMissing, DiagnosticCodes.UnsupportedContactPhoto), content, diagnostics);
        }
    }

    /// <summary>A path from the site root (/logos/nec.svg), not an address on another host (https:, or //host/).</summary>
    private static bool IsSitePath(string? reference) => reference is ['/', not '/', ..];

    private static void Check(string sitePath, SourceSpan span, string what, string example, (string Missing, string Unusable) codes, ContentIndex content, DiagnosticBag diagnostics)
    {
        var path = sitePath.TrimStart('/');
        if (!content.StaticPaths.Contains(path))
        {
            diagnostics.Error(
                codes.Missing,
                span,
                $"{what} is not among the static files",
                $"put it in content/static/{path}, or correct the path (it starts at the site root, as in {example})");
        }
        else if (content.StaticImages.TryGetValue(path, out var file) && file.Image is { } facts && (!facts.IsReadable || facts.Format != ImageFacts.PromisedBy(path)))
        {
            diagnostics.Error(
                codes.Unusable,
                span,
                facts.IsReadable ? $"{what} holds a {facts.Format.ToString().ToUpperInvariant()} picture, not what its name promises" : $"{what} cannot be read: it is damaged or not an image",
                "open it in an image editor and export it again as SVG, PNG, JPEG or WebP, with the matching extension");
        }
    }
}
