using PortalGen.Diagnostics;
using PortalGen.Imaging;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing;
using PortalGen.Parsing.ContentLinks;

namespace PortalGen.Modeling;

/// <summary>
/// Resolves a release's <c>image:</c>: a path relative to its file (a bundle's photo, or one beside a plain
/// release) becomes the URL the file is published at; '/x' is below the site root; a URL stays as written.
/// A photo of the site's own also gets its variants, crops and thumbnail, and its credit.
/// </summary>
internal static class LeadImage
{
    public static Release Resolve(Release release, ContentDocument document, LinkTargets targets, ContentIndex content, ImageSettings settings, DiagnosticBag diagnostics)
    {
        if (document.FrontMatter.Image is not { } image)
        {
            return release;
        }

        if (string.IsNullOrWhiteSpace(release.ImageAlt))
        {
            diagnostics.Warning(
                DiagnosticCodes.ImageWithoutAltText,
                image.Span,
                "image has no alt text",
                "describe the image for screen readers in 'image_alt:'");
        }

        var reference = image.Value;
        if (reference.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return release;
        }

        if (reference.StartsWith('/'))
        {
            var staticPath = reference.TrimStart('/');
            if (!content.StaticPaths.Contains(staticPath))
            {
                var closest = ClosestMatch.Find(staticPath, content.StaticPaths);
                diagnostics.Error(
                    DiagnosticCodes.MissingLinkTarget,
                    image.Span,
                    $"'image' names {reference}, which is not in the site's static/ folder",
                    closest is null ? "put the file in content/static/, or write a path relative to this release" : $"did you mean '/{closest}'?");
            }

            var photo = content.StaticImages.GetValueOrDefault(staticPath);
            return WithPhoto(release with { ImageSize = photo?.Size }, photo, document, settings, diagnostics);
        }

        var target = ContentPaths.Resolve(document.RelativePath, reference);
        if (target is not null && targets.SitePathOf(target) is { } sitePath && content.Resources.TryGetValue(target, out var resource))
        {
            var photo = new StaticFile(sitePath, resource.Origin, resource.Open, resource.Image);
            return WithPhoto(release with { Image = "/" + sitePath, ImageSize = resource.Size }, photo, document, settings, diagnostics);
        }

        diagnostics.Error(
            DiagnosticCodes.MissingLinkTarget,
            image.Span,
            $"'image' names {(target is null ? $"'{reference}', outside the content folder" : ContentPaths.Display(document.DisplayPath, document.RelativePath, target) + ", which does not exist")}",
            (target is null ? null : ContentPaths.ClosestHint(target, content.Resources.Keys)) ?? "write a path relative to this file, or from the site root such as /images/photo.jpg (content/static/images/photo.jpg)");
        return release;
    }

    /// <summary>The variants, crops, thumbnail and credit of a lead image the site publishes itself.</summary>
    private static Release WithPhoto(Release release, StaticFile? photo, ContentDocument document, ImageSettings settings, DiagnosticBag diagnostics)
    {
        var frontMatter = document.FrontMatter;
        var span = frontMatter.Image!.Value.Span;
        if (photo?.Image is not { } facts || !ImageChecks.AcceptForVariants(facts, frontMatter.Image.Value.Value, span, settings, diagnostics))
        {
            return release;
        }

        var focus = frontMatter.ImageFocus is { } written ? FocusPointReader.Read(written.Value, written.Span, diagnostics) : FocusPoint.Centre;
        var picture = ImagePlanner.Responsive(photo.OutputPath, facts, settings);
        var crops = ImagePlanner.ShareCrops(photo.OutputPath, facts, focus, settings);
        var thumbnail = ImagePlanner.Thumbnail(photo.OutputPath, facts, focus, settings);
        if (crops[0].Width < settings.CropWidth)
        {
            diagnostics.Warning(
                DiagnosticCodes.ImageTooSmall,
                span,
                $"the lead image gives a 16:9 crop of only {crops[0].Width} pixels across; search engines and social networks ask for {settings.CropWidth}",
                "use a larger photo: one 1,200 pixels wide at least, better 2,000 or more");
        }

        var credit = Credit(frontMatter, photo);
        if (credit?.Credit is null)
        {
            diagnostics.Warning(
                DiagnosticCodes.ImageWithoutCredit,
                span,
                "the lead image has no credit",
                "name who made it in 'image_credit:' (and its licence in 'image_license:', such as CC-BY-4.0)");
        }

        var folder = photo.OutputPath[..(photo.OutputPath.LastIndexOf('/') + 1)];
        return release with
        {
            Picture = picture,
            ShareCrops = crops,
            Thumbnail = thumbnail,
            ImageCredit = credit,
            Images = [new PublishedImage(new PhotoSource(photo), folder, [.. picture.All, .. crops, .. thumbnail.All], span), .. release.Images],
        };
    }

    /// <summary>Front matter first; what it leaves out is taken from the photo's own IPTC/XMP.</summary>
    private static ImageCredit? Credit(FrontMatter frontMatter, StaticFile photo)
    {
        var written = new ImageCredit(frontMatter.ImageCredit, frontMatter.ImageLicense, null);
        if (written.Credit is not null && written.License is not null)
        {
            return written;
        }

        var embedded = Embedded(photo);
        var credit = new ImageCredit(written.Credit ?? embedded?.Credit, written.License ?? embedded?.License, embedded?.Copyright);
        return credit is { Credit: null, License: null, Copyright: null } ? null : credit;
    }

    /// <summary>A photo that cannot be opened now has no credit to read; the copy to the output reports why, with its path.</summary>
    private static ImageCredit? Embedded(StaticFile photo)
    {
        try
        {
            using var stream = photo.Open();
            return PhotoCredits.Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
