using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace PortalGen.Tests.Support;

/// <summary>Photos as cameras and photo desks write them: Exif orientation and GPS, XMP credits; and a decompression bomb.</summary>
internal static partial class TestImages
{
    /// <summary>
    /// <paramref name="jpeg"/> with an Exif segment first, as a camera writes it: the orientation the picture is
    /// shown in (1 upright, 6 turned a quarter clockwise, ...) and a GPS position, which no published variant may keep.
    /// </summary>
    public static byte[] WithExif(byte[] jpeg, int orientation)
    {
        var tiff = new List<byte>("MM\0*"u8.ToArray());
        tiff.AddRange(BigEndian(8));
        // IFD0 at 8: orientation and a pointer to the GPS IFD just after it (8 + 2 + 2 × 12 + 4 = 38).
        tiff.AddRange([0, 2]);
        tiff.AddRange([0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte)orientation, 0, 0]);
        tiff.AddRange([0x88, 0x25, 0, 4, 0, 0, 0, 1, .. BigEndian(38)]);
        tiff.AddRange(BigEndian(0));
        // The GPS IFD: latitude 48° north (reference and value), where the lab is.
        tiff.AddRange([0, 2]);
        tiff.AddRange([0, 1, 0, 2, 0, 0, 0, 2, (byte)'N', 0, 0, 0]);
        tiff.AddRange([0, 2, 0, 5, 0, 0, 0, 3, .. BigEndian(68)]);
        tiff.AddRange(BigEndian(0));
        foreach (var part in new[] { 48, 1, 31, 1, 0, 1 })
        {
            tiff.AddRange(BigEndian(part));
        }

        return WithSegment(jpeg, 0xE1, [.. "Exif\0\0"u8.ToArray(), .. tiff]);
    }

    /// <summary><paramref name="jpeg"/> with an XMP packet holding a photo desk's credit, copyright and licence.</summary>
    public static byte[] WithXmp(byte[] jpeg, string credit, string copyright, string licenseUrl)
    {
        var packet = $"""
            <?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/" photoshop:Credit="{credit}" xmpRights:WebStatement="{licenseUrl}"><dc:rights><rdf:Alt><rdf:li xml:lang="x-default">{copyright}</rdf:li></rdf:Alt></dc:rights></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>
            """;
        return WithSegment(jpeg, 0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8.ToArray(), .. Encoding.UTF8.GetBytes(packet)]);
    }

    /// <summary>
    /// A valid PNG of <paramref name="width"/> × <paramref name="height"/> black pixels, one bit each: a few
    /// kilobytes that would take gigabytes to decode, the kind of file a build must refuse before decoding.
    /// </summary>
    public static byte[] PngBomb(int width, int height)
    {
        var row = new byte[1 + ((width + 7) / 8)];
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        byte[] header = [.. BigEndian(width), .. BigEndian(height), 1, 0, 0, 0, 0];
        return [0x89, .. "PNG\r\n\x1A\n"u8.ToArray(), .. Chunk("IHDR", header), .. Chunk("IDAT", compressed.ToArray()), .. Chunk("IEND", [])];
    }

    private static byte[] WithSegment(byte[] jpeg, byte marker, byte[] payload)
    {
        byte[] segment = [0xFF, marker, (byte)((payload.Length + 2) >> 8), (byte)(payload.Length + 2), .. payload];
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        byte[] typed = [.. Encoding.ASCII.GetBytes(type), .. data];
        return [.. BigEndian(data.Length), .. typed, .. BigEndian((int)Crc32(typed))];
    }

    private static byte[] BigEndian(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(bytes, value);
        return bytes;
    }

    /// <summary>PNG's chunk checksum (ISO 3309), which decoders verify before they read a chunk.</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
