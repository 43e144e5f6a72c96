using System.Buffers;
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

    /// <summary>
    /// A still photo's header, Exif and colour profile included, lies in its first bytes: decoders are given these
    /// only, since copying a whole 5 MB photo into Skia's memory to read its size was most of a warm build's time.
    /// </summary>
    private const int HeaderBytes = 512 * 1024;

    /// <summary>The facts of a file on disk, read in one pass into a pooled buffer (no fresh large array per photo).</summary>
    public static ImageFacts Read(string path, Stream stream)
    {
        // Larger than any array: no photo; published as it is, like a file whose reading fails.
        var length = stream.Length <= Array.MaxLength ? (int)stream.Length : throw new IOException($"{path} is too large to read as an image");
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var read = stream.ReadAtLeast(buffer.AsSpan(0, length), length, throwOnEndOfStream: false);
            return Read(path, buffer.AsSpan(0, read));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public static ImageFacts Read(string path, ReadOnlySpan<byte> bytes)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes)[..8]);
        if (ImageFacts.PromisedBy(path) is ImageFormat.Svg)
        {
            using var svg = new MemoryStream(bytes.ToArray(), writable: false);
            return new ImageFacts(ImageSizeReader.Read(svg) ?? default, ImageFormat.Svg, hash);
        }

        if (IsHeif(bytes))
        {
            return new ImageFacts(default, ImageFormat.Heif, hash);
        }

        // Animations are counted frame by frame, over the whole file; so is a header too long for the prefix.
        var facts = bytes.Length > HeaderBytes ? FromCodec(bytes[..HeaderBytes], hash) : null;
        return facts is { Format: not (ImageFormat.Gif or ImageFormat.WebP or ImageFormat.Unreadable) } ? facts : FromCodec(bytes, hash);
    }

    private static ImageFacts FromCodec(ReadOnlySpan<byte> bytes, string hash)
    {
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
