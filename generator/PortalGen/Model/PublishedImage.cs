using System.Collections.Immutable;
using PortalGen.Diagnostics;

namespace PortalGen.Model;

/// <summary>An image the site publishes as variants: what they are made from and the output folder they go to.</summary>
/// <param name="Source">The photo (from a bundle, beside a release, or from static/) or the drawing (a social card).</param>
/// <param name="OutputFolder">Below the output root, '/' separated, ending in '/' or empty (news/2024/slug/).</param>
/// <param name="ReferencedAt">Where the image was first named, for one that turns out damaged when it is made.</param>
internal sealed record PublishedImage(ImageSource Source, string OutputFolder, ImmutableArray<ImageVariant> Variants, SourceSpan ReferencedAt)
{
    /// <summary>Variants go in the photo's own folder, so they are published beside it wherever that is.</summary>
    public static PublishedImage Beside(StaticFile photo, ImmutableArray<ImageVariant> variants, SourceSpan referencedAt) =>
        new(new PhotoSource(photo), photo.OutputPath[..(photo.OutputPath.LastIndexOf('/') + 1)], variants, referencedAt);

    public IEnumerable<string> OutputPaths => Variants.Select(variant => OutputFolder + variant.PublishedName);
}
