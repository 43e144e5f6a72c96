using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SkiaSharp;

namespace PortalGen.Tests.Support;

/// <summary>
/// Images for tests: real, decodable photos drawn by SkiaSharp (<see cref="Photo"/>), and the smallest files each
/// format's header reader needs (the *Header methods), which hold a width and height and nothing a decoder could use.
/// </summary>
internal static partial class TestImages
{
    /// <summary>A real image of the given size and format: four coloured quarters, so crops and turns can be seen in its pixels.</summary>
    public static byte[] Photo(int width, int height, SKEncodedImageFormat format = SKEncodedImageFormat.Jpeg)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var paint = new SKPaint();
            (SKColor Colour, float X, float Y)[] quarters = [(SKColors.Red, 0, 0), (SKColors.Lime, 0.5f, 0), (SKColors.Blue, 0, 0.5f), (SKColors.Yellow, 0.5f, 0.5f)];
            foreach (var (colour, x, y) in quarters)
            {
                paint.Color = colour;
                canvas.DrawRect(x * width, y * height, width / 2f, height / 2f, paint);
            }
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A file of Imaging/Photos, made once with ImageMagick, which can write what Skia cannot: CMYK JPEG, animated GIF.</summary>
    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(TestContext.CurrentContext.TestDirectory, "Imaging", "Photos", name));

    public static byte[] Png(int width, int height) => Photo(width, height, SKEncodedImageFormat.Png);

    public static byte[] Jpeg(int width, int height) => Photo(width, height, SKEncodedImageFormat.Jpeg);

    /// <summary>A file's bytes as a txtar gives it: "(image 640x480)" stands for a real image in the format its name says.</summary>
    public static byte[] FileBytes(string path, string text)
    {
        if (ImageMarker().Match(text.Trim()) is not { Success: true } marker)
        {
            return Encoding.UTF8.GetBytes(text);
        }

        var format = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => SKEncodedImageFormat.Png,
            ".webp" => SKEncodedImageFormat.Webp,
            _ => SKEncodedImageFormat.Jpeg,
        };
        return Photo(int.Parse(marker.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(marker.Groups[2].Value, CultureInfo.InvariantCulture), format);
    }

    [GeneratedRegex(@"^\(image ([0-9]+)x([0-9]+)\)$")]
    private static partial Regex ImageMarker();

    public static byte[] PngHeader(int width, int height)
    {
        var bytes = new byte[33];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), 13);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        return bytes;
    }

    /// <summary>The start of an iPhone's HEIC photo: enough for its format to be known, nothing a decoder could use.</summary>
    public static byte[] Heic() => [0, 0, 0, 24, .. "ftypheic"u8.ToArray(), 0, 0, 0, 0, .. "mif1heic"u8.ToArray(), .. new byte[64]];

    public static byte[] GifHeader(int width, int height)
    {
        var bytes = new byte[13];
        "GIF89a"u8.CopyTo(bytes);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(6), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), (ushort)height);
        return bytes;
    }

    /// <summary>A JPEG with an APP1 (Exif) segment before its frame header, as cameras write them.</summary>
    public static byte[] JpegHeader(int width, int height)
    {
        var bytes = new List<byte> { 0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x08 };
        bytes.AddRange("Exif\0\0"u8.ToArray());
        bytes.AddRange([0xFF, 0xC0, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03]);
        bytes.AddRange(new byte[12]);
        return [.. bytes];
    }

    /// <summary>An extended (VP8X) WebP, which stores width and height less one in 24 bits each.</summary>
    public static byte[] WebPHeader(int width, int height)
    {
        var bytes = new byte[30];
        "RIFF"u8.CopyTo(bytes);
        "WEBPVP8X"u8.CopyTo(bytes.AsSpan(8));
        bytes[24] = (byte)(width - 1);
        bytes[25] = (byte)((width - 1) >> 8);
        bytes[27] = (byte)(height - 1);
        bytes[28] = (byte)((height - 1) >> 8);
        return bytes;
    }

    public static byte[] Svg(string rootAttributes) =>
        Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" {rootAttributes}><rect width=\"1\" height=\"1\"/></svg>\n");
}
