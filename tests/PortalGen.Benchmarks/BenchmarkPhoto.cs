using SkiaSharp;

namespace PortalGen.Benchmarks;

/// <summary>A seeded stand-in for a camera photo: soft gradients under per-pixel noise, so encoders meet real detail.</summary>
internal static class BenchmarkPhoto
{
    public static byte[] Jpeg(int width, int height, int seed)
    {
        var random = new Random(seed);
        using var bitmap = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        var pixels = bitmap.GetPixelSpan();
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = ((y * width) + x) * 4;
                var noise = random.Next(-24, 25);
                pixels[i] = (byte)Math.Clamp((255 * x / width) + noise, 0, 255);
                pixels[i + 1] = (byte)Math.Clamp((255 * y / height) + noise, 0, 255);
                pixels[i + 2] = (byte)Math.Clamp(128 + noise, 0, 255);
                pixels[i + 3] = 255;
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }
}
