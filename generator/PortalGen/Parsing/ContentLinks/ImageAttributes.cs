using System.Globalization;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PortalGen.Diagnostics;
using PortalGen.Model;
using SourceSpan = PortalGen.Diagnostics.SourceSpan;

namespace PortalGen.Parsing.ContentLinks;

/// <summary>What every image in a body gets: lazy loading, async decoding, its size when known, and an alt text check.</summary>
internal static class ImageAttributes
{
    /// <summary>Lazy loading and async decoding keep images off the critical path; see README "Images".</summary>
    public static void Prepare(LinkInline image, SourceSpan span, DiagnosticBag diagnostics)
    {
        var attributes = image.GetAttributes();
        attributes.AddPropertyIfNotExist("loading", "lazy");
        attributes.AddPropertyIfNotExist("decoding", "async");

        // Markdown cannot tell a forgotten alt text from a deliberately empty one, so every empty one is reported:
        // an image in a press release carries content; decoration belongs in the theme.
        if (!HasAltText(image))
        {
            diagnostics.Warning(
                DiagnosticCodes.ImageWithoutAltText,
                span,
                "image has no alt text",
                "describe the image for screen readers between the brackets: ![Two people sign the agreement](photo.jpg)");
        }
    }

    private static bool HasAltText(ContainerInline image) =>
        image.Descendants<LiteralInline>().Any(literal => !literal.Content.IsEmptyOrWhitespace())
        || image.Descendants<CodeInline>().Any();

    public static void SetSize(LinkInline link, ImageSize? size)
    {
        if (link.IsImage && size is { } known)
        {
            var attributes = link.GetAttributes();
            attributes.AddPropertyIfNotExist("width", known.Width.ToString(CultureInfo.InvariantCulture));
            attributes.AddPropertyIfNotExist("height", known.Height.ToString(CultureInfo.InvariantCulture));
        }
    }
}
