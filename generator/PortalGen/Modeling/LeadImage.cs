using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing;
using PortalGen.Parsing.ContentLinks;

namespace PortalGen.Modeling;

/// <summary>
/// Resolves a release's <c>image:</c>: a path relative to its file (a bundle's photo, or one beside a plain
/// release) becomes the URL the file is published at; '/x' is below the site root; a URL stays as written.
/// </summary>
internal static class LeadImage
{
    public static Release Resolve(Release release, ContentDocument document, LinkTargets targets, ContentIndex content, DiagnosticBag diagnostics)
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

            return release with { ImageSize = content.StaticImageSizes.TryGetValue(staticPath, out var size) ? size : null };
        }

        var target = ContentPaths.Resolve(document.RelativePath, reference);
        if (target is not null && targets.SitePathOf(target) is { } sitePath && content.Resources.TryGetValue(target, out var resource))
        {
            return release with { Image = "/" + sitePath, ImageSize = resource.Size };
        }

        diagnostics.Error(
            DiagnosticCodes.MissingLinkTarget,
            image.Span,
            $"'image' names {(target is null ? $"'{reference}', outside the content folder" : ContentPaths.Display(document.DisplayPath, document.RelativePath, target) + ", which does not exist")}",
            (target is null ? null : ContentPaths.ClosestHint(target, content.Resources.Keys)) ?? "write a path relative to this file, or from the site root such as /images/photo.jpg (content/static/images/photo.jpg)");
        return release;
    }
}
