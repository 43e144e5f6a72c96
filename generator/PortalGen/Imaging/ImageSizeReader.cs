using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PortalGen.Model;

namespace PortalGen.Imaging;

/// <summary>
/// Reads an image's width and height from its header (PNG, JPEG, GIF, WebP, SVG) without decoding it: the
/// few bytes each format needs, so listing a site with thousands of photos stays cheap.
/// </summary>
internal static partial class ImageSizeReader
{
    private const int SvgHeadLength = 4096;

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool IsImagePath(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".gif" or ".webp" or ".svg";

    /// <returns>The size, or null when the file is not an image this reader knows, or is damaged or unreadable.</returns>
    public static ImageSize? Read(string path)
    {
        if (!IsImagePath(path))
        {
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static ImageSize? Read(Stream stream)
    {
        Span<byte> head = stackalloc byte[30];
        var length = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..length];
        var size = length switch
        {
            >= 24 when head.StartsWith(PngSignature) => new ImageSize(BinaryPrimitives.ReadInt32BigEndian(head[16..]), BinaryPrimitives.ReadInt32BigEndian(head[20..])),
            >= 10 when head.StartsWith("GIF8"u8) => new ImageSize(BinaryPrimitives.ReadUInt16LittleEndian(head[6..]), BinaryPrimitives.ReadUInt16LittleEndian(head[8..])),
            >= 30 when head.StartsWith("RIFF"u8) && head[8..].StartsWith("WEBP"u8) => WebP(head),
            >= 4 when head[0] == 0xFF && head[1] == 0xD8 => Jpeg(stream),
            _ => Svg(stream),
        };
        return size is { Width: > 0, Height: > 0 } ? size : null;
    }

    /// <summary>WebP comes in three flavours (lossy VP8, lossless VP8L, extended VP8X), each storing the size its own way.</summary>
    private static ImageSize? WebP(ReadOnlySpan<byte> head) => Encoding.ASCII.GetString(head[12..16]) switch
    {
        "VP8 " => new ImageSize(BinaryPrimitives.ReadUInt16LittleEndian(head[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(head[28..]) & 0x3FFF),
        "VP8L" => new ImageSize(1 + (BinaryPrimitives.ReadInt32LittleEndian(head[21..]) & 0x3FFF), 1 + ((BinaryPrimitives.ReadInt32LittleEndian(head[21..]) >> 14) & 0x3FFF)),
        "VP8X" => new ImageSize(1 + (head[24] | (head[25] << 8) | (head[26] << 16)), 1 + (head[27] | (head[28] << 8) | (head[29] << 16))),
        _ => null,
    };

    /// <summary>Walks the JPEG segments to the first start-of-frame marker, which holds the size; Exif and ICC segments come first.</summary>
    private static ImageSize? Jpeg(Stream stream)
    {
        stream.Position = 2;
        Span<byte> marker = stackalloc byte[9];
        while (stream.ReadAtLeast(marker[..4], 4, throwOnEndOfStream: false) == 4)
        {
            if (marker[0] != 0xFF)
            {
                return null;
            }

            var type = marker[1];
            var segmentLength = BinaryPrimitives.ReadUInt16BigEndian(marker[2..]);
            if (segmentLength < 2)
            {
                return null;
            }

            var isStartOfFrame = type is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isStartOfFrame)
            {
                return stream.ReadAtLeast(marker[4..9], 5, throwOnEndOfStream: false) == 5
                    ? new ImageSize(BinaryPrimitives.ReadUInt16BigEndian(marker[7..]), BinaryPrimitives.ReadUInt16BigEndian(marker[5..]))
                    : null;
            }

            stream.Position += segmentLength - 2;
        }

        return null;
    }

    /// <summary>An SVG's size is its root element's width and height in pixels, else its viewBox.</summary>
    private static ImageSize? Svg(Stream stream)
    {
        stream.Position = 0;
        var buffer = new byte[SvgHeadLength];
        var text = Encoding.UTF8.GetString(buffer, 0, stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false));
        if (SvgRoot().Match(text) is not { Success: true } root)
        {
            return null;
        }

        var attributes = root.Groups[1].Value;
        if (Pixels(attributes, "width") is { } width && Pixels(attributes, "height") is { } height)
        {
            return new ImageSize(width, height);
        }

        var viewBox = Attribute(attributes, "viewBox")?.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        return viewBox is { Length: 4 } && Number(viewBox[2]) is { } boxWidth && Number(viewBox[3]) is { } boxHeight
            ? new ImageSize(boxWidth, boxHeight)
            : null;
    }

    private static int? Pixels(string attributes, string name) =>
        Attribute(attributes, name) is { } value ? Number(value.EndsWith("px", StringComparison.Ordinal) ? value[..^2] : value) : null;

    private static string? Attribute(string attributes, string name) =>
        Regex.Match(attributes, $@"(?:^|\s){name}\s*=\s*[""']([^""']*)[""']", RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } match
            ? match.Groups[1].Value.Trim()
            : null;

    /// <summary>Sizes in percent or em say nothing about pixels: only plain numbers count.</summary>
    private static int? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is > 0 and < 100_000
            ? (int)Math.Round(value)
            : null;

    [GeneratedRegex(@"<svg\b([^>]*)>", RegexOptions.IgnoreCase)]
    private static partial Regex SvgRoot();
}
