using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PortalGen.Model;

namespace PortalGen.Imaging;

/// <summary>
/// Decides which files a photo becomes and what they are called, from its facts and the site's settings alone:
/// no pixel is read, so pages can name the variants while the photos are still to be made (or are already in
/// the cache from an earlier build).
/// </summary>
internal static class ImagePlanner
{
    /// <summary>Part of every name's hash: a new encoder or a change to how variants are drawn renames them all.</summary>
    private const string ProcessVersion = "skia-4.156.1;linear-pyramid;v2";

    /// <summary>The crops search engines and social networks ask of a lead image (Google: 16:9, 4:3 and 1:1).</summary>
    public static readonly ImmutableArray<(int Width, int Height)> ShareAspects = [(16, 9), (4, 3), (1, 1)];

    /// <summary>The photo at each configured width it is wider than, and at its own width when that is narrower than the widest.</summary>
    public static ResponsiveImage Responsive(string sourcePath, ImageFacts facts, ImageSettings settings)
    {
        var size = facts.Size;
        var widths = settings.Widths.Where(width => width < size.Width).ToList();
        if (size.Width <= settings.Widths[^1] && (widths.Count == 0 || widths[^1] < size.Width * 0.9))
        {
            widths.Add(size.Width);
        }

        var sizes = widths.Select(width => new ImageSize(width, Math.Max(1, (int)Math.Round((double)size.Height * width / size.Width)))).ToList();
        return new ResponsiveImage(
            size,
            [.. ModernFormat(facts) is { } modern ? sizes.Select(s => Variant(sourcePath, facts, s, modern, settings, cropped: false, FocusPoint.Centre)) : []],
            [.. sizes.Select(s => Variant(sourcePath, facts, s, FallbackFormat(facts), settings, cropped: false, FocusPoint.Centre))]);
    }

    /// <summary>
    /// The lead image's crops for search and social, each <see cref="ImageSettings.CropWidth"/> wide or as wide as
    /// the photo allows, in the photo's own format (what every network's crawler reads).
    /// </summary>
    public static ImmutableArray<ImageVariant> ShareCrops(string sourcePath, ImageFacts facts, FocusPoint focus, ImageSettings settings) =>
    [
        .. ShareAspects.Select(aspect =>
        {
            var (cropWidth, _) = CropOf(facts.Size, aspect.Width, aspect.Height);
            var width = Math.Min(settings.CropWidth, cropWidth);
            return Variant(sourcePath, facts, new ImageSize(width, Math.Max(1, width * aspect.Height / aspect.Width)), FallbackFormat(facts), settings, cropped: true, focus);
        }),
    ];

    /// <summary>A small crop for cards, in WebP and in the photo's own format, never larger than the photo allows.</summary>
    public static ResponsiveImage Thumbnail(string sourcePath, ImageFacts facts, FocusPoint focus, ImageSettings settings)
    {
        var wanted = settings.Thumbnail;
        var (cropWidth, _) = CropOf(facts.Size, wanted.Width, wanted.Height);
        var width = Math.Min(wanted.Width, cropWidth);
        var size = new ImageSize(width, Math.Max(1, (int)Math.Round((double)width * wanted.Height / wanted.Width)));
        return new ResponsiveImage(
            size,
            [.. ModernFormat(facts) is { } modern ? [Variant(sourcePath, facts, size, modern, settings, cropped: true, focus)] : Array.Empty<ImageVariant>()],
            [Variant(sourcePath, facts, size, FallbackFormat(facts), settings, cropped: true, focus)]);
    }

    /// <summary>The largest part of a picture of <paramref name="size"/> with the proportions <paramref name="aspectWidth"/>:<paramref name="aspectHeight"/>.</summary>
    public static (int Width, int Height) CropOf(ImageSize size, int aspectWidth, int aspectHeight) =>
        (long)size.Width * aspectHeight > (long)size.Height * aspectWidth
            ? ((int)((long)size.Height * aspectWidth / aspectHeight), size.Height)
            : (size.Width, (int)((long)size.Width * aspectHeight / aspectWidth));

    /// <summary>The file a social card is drawn to, social-card.1200x630.HASH.png: the hash is over everything it shows and the fonts.</summary>
    public static ImageVariant Card(SocialCard card) => new(
        $"social-card.{SocialCardPainter.Width}x{SocialCardPainter.Height}.{Hash(card.Key)}.png",
        new ImageRecipe(SocialCardPainter.Width, SocialCardPainter.Height, ImageFormat.Png, Quality: 100, Cropped: false, FocusPoint.Centre));

    /// <summary>
    /// The cache's name of a favicon file (favicon.512x512.HASH.png, favicon.48x48.HASH.ico), published under the name
    /// browsers ask for (<paramref name="publishedAs"/>): the hash is over everything it is drawn from.
    /// </summary>
    public static ImageVariant Favicon(FaviconDrawing favicon, int size, string publishedAs) => new(
        string.Create(CultureInfo.InvariantCulture, $"favicon.{size}x{size}.{Hash(favicon.Key)}.{(favicon.File == FaviconFile.Ico ? "ico" : "png")}"),
        new ImageRecipe(size, size, ImageFormat.Png, Quality: 100, Cropped: false, FocusPoint.Centre))
    {
        PublishedAs = publishedAs,
    };

    /// <summary>WebP for every photo but a WebP, which is its own modern format.</summary>
    private static ImageFormat? ModernFormat(ImageFacts facts) => facts.Format == ImageFormat.WebP ? null : ImageFormat.WebP;

    /// <summary>A JPEG stays a JPEG and a PNG (a chart, a logo, a screenshot: sharp edges, maybe transparent) a PNG.</summary>
    private static ImageFormat FallbackFormat(ImageFacts facts) => facts.Format;

    private static ImageVariant Variant(string sourcePath, ImageFacts facts, ImageSize size, ImageFormat format, ImageSettings settings, bool cropped, FocusPoint focus)
    {
        var recipe = new ImageRecipe(size.Width, size.Height, format, settings.Quality, cropped, focus);
        var fileName = Path.GetFileNameWithoutExtension(sourcePath);
        return new ImageVariant($"{fileName}.{size.Width}x{size.Height}.{NameHash(facts, recipe)}.{Extension(format)}", recipe);
    }

    private static string NameHash(ImageFacts facts, ImageRecipe recipe) =>
        Hash(string.Create(CultureInfo.InvariantCulture, $"{ProcessVersion}|{facts.Hash}|{recipe.Width}x{recipe.Height}|{recipe.Format}|{recipe.Quality}|{recipe.Cropped}|{recipe.Focus.X:R},{recipe.Focus.Y:R}"));

    /// <summary>Ten hex digits of the key's SHA-256: what a file name needs to change with its content.</summary>
    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 5));

    private static string Extension(ImageFormat format) => format switch
    {
        ImageFormat.WebP => "webp",
        ImageFormat.Png => "png",
        _ => "jpg",
    };
}
