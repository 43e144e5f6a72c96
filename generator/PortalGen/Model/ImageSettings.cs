using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>site.yml's <c>images:</c>: how photos are turned into the files readers download.</summary>
internal sealed record ImageSettings
{
    /// <summary>The widths of a photo's responsive variants, ascending; never wider than the photo itself.</summary>
    public ImmutableArray<int> Widths { get; init; } = [480, 960, 1920];

    /// <summary>Lossy quality, 1 to 100, for WebP and JPEG variants.</summary>
    public int Quality { get; init; } = 80;

    /// <summary>
    /// The browser's hint of how wide a body image is shown (the <c>sizes</c> attribute): the theme's reading
    /// column is at most 46rem, so a phone takes its own width and a desktop no more than the column.
    /// </summary>
    public string Sizes { get; init; } = "(min-width: 50rem) 46rem, 100vw";

    /// <summary>Width of the lead image's crops for search and social (16:9, 4:3, 1:1); Google asks for at least 1,200.</summary>
    public int CropWidth { get; init; } = 1200;

    /// <summary>The card thumbnail of a release with a photo.</summary>
    public ImageSize Thumbnail { get; init; } = new(640, 360);

    /// <summary>
    /// The largest image decoded, in pixels: a small PNG can claim 50,000 × 50,000 (ten gigabytes decoded), so
    /// larger ones are refused from their header, before any pixel is read. 100 megapixels fits every camera.
    /// </summary>
    public long MaxPixels { get; init; } = 100_000_000;

    /// <summary>Draw a 1200×630 share card for each release without a photo (off by default: a large archive without photos draws thousands once, into the image cache).</summary>
    public bool SocialCards { get; init; }

    /// <summary>The site's accent colour (#rrggbb), for the social cards.</summary>
    public string Accent { get; init; } = "#00528a";

    /// <summary>By value, widths included: settings read again from an unchanged site.yml are the same settings (the preview keeps its parsed pages).</summary>
    public bool Equals(ImageSettings? other) =>
        other is not null && Widths.SequenceEqual(other.Widths) && Quality == other.Quality && Sizes == other.Sizes && CropWidth == other.CropWidth
        && Thumbnail == other.Thumbnail && MaxPixels == other.MaxPixels && SocialCards == other.SocialCards && Accent == other.Accent;

    public override int GetHashCode() => HashCode.Combine(Widths.Length, Quality, Sizes, CropWidth, Thumbnail, MaxPixels, SocialCards, Accent);
}
