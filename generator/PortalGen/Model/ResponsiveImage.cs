using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>
/// A photo as a page shows it: the same picture at several widths, in WebP for browsers that take it (<c>source</c>
/// in a <c>picture</c>) and in the photo's own format for the rest (the <c>img</c>).
/// </summary>
/// <param name="Size">The photo's size as shown (after Exif orientation): the img's width and height.</param>
/// <param name="Modern">WebP variants, narrowest first; empty when the photo is a WebP itself.</param>
/// <param name="Fallback">Variants in the photo's own format, narrowest first; never empty.</param>
internal sealed record ResponsiveImage(ImageSize Size, ImmutableArray<ImageVariant> Modern, ImmutableArray<ImageVariant> Fallback)
{
    /// <summary>The img's own src, for browsers without srcset: the variant nearest a laptop's column.</summary>
    public ImageVariant Src => Fallback.MinBy(variant => Math.Abs(variant.Width - 960))!;

    public IEnumerable<ImageVariant> All => Modern.Concat(Fallback);
}
