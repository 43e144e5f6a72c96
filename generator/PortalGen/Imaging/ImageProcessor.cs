using PortalGen.Model;
using SkiaSharp;

namespace PortalGen.Imaging;

/// <summary>
/// Makes every variant of one photo from a single decode: decoded once, at the smallest scale the largest variant
/// allows (a JPEG decodes at 1/8 steps for a fraction of the work), turned upright by its Exif orientation, then
/// each size drawn from it once and encoded in each format asked of it (the WebP and the JPEG of one width share
/// a drawing). Encoders write no metadata, so Exif, GPS and camera data never reach a
/// published variant.
/// </summary>
/// <remarks>
/// Scaling goes through a pyramid of halvings made once per photo (each an exact 2×2 average), and each variant is
/// drawn with linear filtering from the smallest level still larger than it, so no step shrinks by more than half
/// and nothing aliases. Skia's own mipmaps did the same but were rebuilt for every draw: four times the cost.
/// </remarks>
internal static class ImageProcessor
{
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.None);

    /// <returns>The encoded bytes of each recipe, in order.</returns>
    /// <exception cref="ImageProcessingException">The photo cannot be decoded, or is larger than <paramref name="maxPixels"/>.</exception>
    public static byte[][] Make(byte[] photo, IReadOnlyList<ImageRecipe> recipes, long maxPixels)
    {
        using var data = SKData.CreateCopy(photo);
        using var codec = Open(data, maxPixels);
        var stored = codec.Info;
        var origin = codec.EncodedOrigin;
        var sideways = ImageFactsReader.TurnsSideways(origin);
        var shown = sideways ? new ImageSize(stored.Height, stored.Width) : new ImageSize(stored.Width, stored.Height);
        var levels = new List<SKImage> { Decode(codec, LargestScale(shown, recipes)) };
        try
        {
            var decodedShown = sideways ? new ImageSize(levels[0].Height, levels[0].Width) : new ImageSize(levels[0].Width, levels[0].Height);
            var made = new byte[recipes.Count][];
            foreach (var drawing in Enumerable.Range(0, recipes.Count).GroupBy(i => recipes[i] with { Format = default, Quality = default }))
            {
                var opaque = drawing.Any(i => recipes[i].Format == ImageFormat.Jpeg);
                using var surface = Draw(levels, origin, decodedShown, drawing.Key, opaque);
                using var pixels = surface.PeekPixels();
                foreach (var i in drawing)
                {
                    using var encoded = Encode(pixels, recipes[i]);
                    made[i] = encoded.ToArray();
                }
            }

            return made;
        }
        finally
        {
            levels.ForEach(level => level.Dispose());
        }
    }

    /// <summary>Decodes the photo as <see cref="Make"/> would, at the smallest scale (a JPEG at an eighth), and keeps nothing.</summary>
    /// <exception cref="ImageProcessingException">The photo cannot be decoded, or is larger than <paramref name="maxPixels"/>.</exception>
    public static void Verify(byte[] photo, long maxPixels)
    {
        using var data = SKData.CreateCopy(photo);
        using var codec = Open(data, maxPixels);
        Decode(codec, 1 / 8f).Dispose();
    }

    private static SKCodec Open(SKData data, long maxPixels)
    {
        var codec = SKCodec.Create(data) ?? throw new ImageProcessingException("it is not an image this build can read, or it is damaged");
        var stored = codec.Info;
        if ((long)stored.Width * stored.Height > maxPixels)
        {
            codec.Dispose();
            throw new ImageProcessingException($"it has {stored.Width} × {stored.Height} pixels, more than the {maxPixels:N0} a build decodes");
        }

        return codec;
    }

    /// <summary>How much of the photo's resolution the most demanding recipe needs: the decode may drop the rest.</summary>
    private static float LargestScale(ImageSize shown, IReadOnlyList<ImageRecipe> recipes) =>
        (float)Math.Min(1, recipes.Max(recipe =>
        {
            var (cropWidth, _) = recipe.Cropped ? ImagePlanner.CropOf(shown, recipe.Width, recipe.Height) : (shown.Width, shown.Height);
            return (double)recipe.Width / cropWidth;
        }));

    private static SKImage Decode(SKCodec codec, float scale)
    {
        // Skia rounds to the nearest scale it decodes at, which may be a little smaller than asked: step up to one that is not.
        var dimensions = codec.GetScaledDimensions(scale);
        for (var step = scale; dimensions.Width < codec.Info.Width * scale && step < 1; step += 1 / 16f)
        {
            dimensions = codec.GetScaledDimensions(Math.Min(1, step));
        }

        var info = new SKImageInfo(dimensions.Width, dimensions.Height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb());
        var bitmap = new SKBitmap(info);
        try
        {
            var result = codec.GetPixels(info, bitmap.GetPixels());
            if (result is not SKCodecResult.Success)
            {
                throw new ImageProcessingException(result == SKCodecResult.IncompleteInput
                    ? "it is truncated: the file ends before the picture does"
                    : $"it cannot be decoded ({result})");
            }

            bitmap.SetImmutable();
            return SKImage.FromBitmap(bitmap);
        }
        finally
        {
            bitmap.Dispose();
        }
    }

    /// <summary>Maps the stored pixels onto the picture as shown (Exif orientations 2 to 8), for a stored size of <paramref name="w"/> × <paramref name="h"/>.</summary>
    private static SKMatrix Orientation(SKEncodedOrigin origin, float w, float h) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
        _ => SKMatrix.Identity,
    };

    /// <param name="opaque">For a JPEG: drawn over white, so no edge pixel is left part transparent where the JPEG keeps no alpha.</param>
    private static SKSurface Draw(List<SKImage> levels, SKEncodedOrigin origin, ImageSize shown, ImageRecipe recipe, bool opaque)
    {
        var (cropWidth, cropHeight) = recipe.Cropped ? ImagePlanner.CropOf(shown, recipe.Width, recipe.Height) : (shown.Width, shown.Height);
        var left = Placed(shown.Width, cropWidth, recipe.Focus.X);
        var top = Placed(shown.Height, cropHeight, recipe.Focus.Y);
        var level = 0;
        while ((long)recipe.Width << (level + 1) <= cropWidth && LevelOf(levels, level + 1) is not null)
        {
            level++;
        }

        var image = levels[level];
        var orient = Orientation(origin, image.Width, image.Height);
        var info = new SKImageInfo(recipe.Width, recipe.Height, SKColorType.Rgba8888, opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"no surface of {recipe.Width} × {recipe.Height}");
        var canvas = surface.Canvas;
        canvas.Clear(opaque ? SKColors.White : SKColors.Transparent);
        canvas.Scale((float)recipe.Width / cropWidth, (float)recipe.Height / cropHeight);
        canvas.Translate(-left, -top);
        canvas.Scale(1 << level);
        canvas.Concat(in orient);
        canvas.DrawImage(image, 0, 0, Sampling);
        return surface;
    }

    /// <summary>The pyramid's level <paramref name="index"/>, halving the one above it when first asked for; null below 16 pixels.</summary>
    private static SKImage? LevelOf(List<SKImage> levels, int index)
    {
        if (index < levels.Count)
        {
            return levels[index];
        }

        var above = levels[^1];
        if (above.Width < 32 || above.Height < 32)
        {
            return null;
        }

        var info = new SKImageInfo(above.Width / 2, above.Height / 2, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info) ?? throw new InvalidOperationException($"no surface of {info.Width} × {info.Height}");
        surface.Canvas.Scale(0.5f);
        surface.Canvas.DrawImage(above, 0, 0, Sampling);
        var level = surface.Snapshot();
        levels.Add(level);
        return level;
    }

    /// <summary>Where a crop of <paramref name="crop"/> pixels starts so that its centre is as near the focus as the picture allows.</summary>
    private static float Placed(int whole, int crop, double focus) =>
        (float)Math.Clamp((whole * focus) - (crop / 2.0), 0, whole - crop);

    private static SKData Encode(SKPixmap pixels, ImageRecipe recipe) => (recipe.Format switch
    {
        ImageFormat.WebP => pixels.Encode(new SKWebpEncoderOptions(SKWebpEncoderCompression.Lossy, recipe.Quality)),
        ImageFormat.Png => pixels.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6)),
        _ => pixels.Encode(new SKJpegEncoderOptions(recipe.Quality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore)),
    }) ?? throw new InvalidOperationException($"SkiaSharp could not encode a {recipe.Format} of {recipe.Width} × {recipe.Height}");
}
