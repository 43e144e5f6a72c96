using System.Security.Cryptography;
using PortalGen.Model;
using SkiaSharp;

namespace PortalGen.Imaging;

/// <summary>
/// Reads an image file's facts when a site is loaded: its format by its bytes, its size as shown (after Exif
/// orientation), its frame count and a digest. Only headers are parsed, never pixels, so a decompression bomb
/// costs nothing here; the digest reads every byte once.
/// </summary>
internal static class ImageFactsReader
{
    public static bool IsImagePath(string path) => ImageFacts.PromisedBy(path) is not null;

    public static ImageFacts Read(string path, byte[] bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 8));
        if (ImageFacts.PromisedBy(path) is ImageFormat.Svg)
        {
            using var svg = new MemoryStream(bytes, writable: false);
            return new ImageFacts(ImageSizeReader.Read(svg) ?? default, ImageFormat.Svg, hash);
        }

        if (IsHeif(bytes))
        {
            return new ImageFacts(default, ImageFormat.Heif, hash);
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || Format(codec.EncodedFormat) is not { } format)
        {
            return new ImageFacts(default, ImageFormat.Unreadable, hash);
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        var size = TurnsSideways(codec.EncodedOrigin) ? new ImageSize(height, width) : new ImageSize(width, height);
        return new ImageFacts(size, format, hash, Math.Max(1, codec.FrameCount));
    }

    /// <summary>Orientations 5 to 8 turn the picture by a quarter: what the camera stored as wide is shown tall.</summary>
    public static bool TurnsSideways(SKEncodedOrigin origin) => origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    private static ImageFormat? Format(SKEncodedImageFormat format) => format switch
    {
        SKEncodedImageFormat.Jpeg => ImageFormat.Jpeg,
        SKEncodedImageFormat.Png => ImageFormat.Png,
        SKEncodedImageFormat.Webp => ImageFormat.WebP,
        SKEncodedImageFormat.Gif => ImageFormat.Gif,
        SKEncodedImageFormat.Heif => ImageFormat.Heif,
        _ => null,
    };

    /// <summary>An ISO media file ("ftyp" at byte 4) of a HEIF brand: what phones save photos as.</summary>
    private static bool IsHeif(ReadOnlySpan<byte> bytes) =>
        bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8)
        && (bytes[8..12].SequenceEqual("heic"u8) || bytes[8..12].SequenceEqual("heix"u8) || bytes[8..12].SequenceEqual("mif1"u8) || bytes[8..12].SequenceEqual("msf1"u8) || bytes[8..12].SequenceEqual("hevc"u8));
}
