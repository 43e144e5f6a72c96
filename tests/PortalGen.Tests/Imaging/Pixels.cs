using SkiaSharp;

namespace PortalGen.Tests.Imaging;

/// <summary>What a test sees in a published image: which of <see cref="Support.TestImages.Photo"/>'s quarters a pixel shows.</summary>
internal static class Pixels
{
    /// <summary>The quarter's colour at (<paramref name="x"/>, <paramref name="y"/>): red, green, blue or yellow (lossy encoding shifts the exact values).</summary>
    public static string ColourAt(byte[] image, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(image) ?? throw new AssertionException("not an image");
        var pixel = bitmap.GetPixel(x < 0 ? bitmap.Width + x : x, y < 0 ? bitmap.Height + y : y);
        return (pixel.Red > 128, pixel.Green > 128, pixel.Blue > 128) switch
        {
            (true, false, false) => "red",
            (false, true, false) => "green",
            (false, false, true) => "blue",
            (true, true, false) => "yellow",
            _ => pixel.ToString(),
        };
    }

    public static (int Width, int Height) SizeOf(byte[] image)
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(image)) ?? throw new AssertionException("not an image");
        return (codec.Info.Width, codec.Info.Height);
    }
}
