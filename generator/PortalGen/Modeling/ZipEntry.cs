using System.IO.Compression;
using System.IO.Hashing;

namespace PortalGen.Modeling;

/// <summary>
/// A file of a <see cref="DeterministicZip"/>: one streamed and stored as it is (photos, PDFs and videos are compressed
/// already), or a small text held in memory and deflated, whose checksum and compressed bytes are known up front.
/// </summary>
internal sealed record ZipEntry
{
    private ZipEntry(string name, long length, Func<Stream>? open, string origin, byte[]? deflated, uint crc)
    {
        Name = name;
        Length = length;
        Open = open;
        Origin = origin;
        Deflated = deflated;
        Crc = crc;
    }

    /// <summary>Its path in the archive, '/' separated.</summary>
    public string Name { get; }

    /// <summary>Its length as the archive holds it: the file's own, or the deflated text's.</summary>
    public long Length { get; }

    /// <summary>Opens a stored file; null for a deflated text.</summary>
    public Func<Stream>? Open { get; }

    /// <summary>Where a stored file comes from, for the message when it changed while the archive was written.</summary>
    public string Origin { get; }

    public byte[]? Deflated { get; }

    /// <summary>The text's CRC-32 before it was deflated; a stored file's is found while it is written.</summary>
    public uint Crc { get; }

    public long UncompressedLength { get; private init; }

    public static ZipEntry Stored(string name, long length, Func<Stream> open, string origin) =>
        new(name, length, open, origin, null, 0) { UncompressedLength = length };

    public static ZipEntry Text(string name, byte[] text)
    {
        using var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflate.Write(text);
        }

        var bytes = compressed.ToArray();
        return new ZipEntry(name, bytes.Length, null, name, bytes, Crc32.HashToUInt32(text)) { UncompressedLength = text.Length };
    }
}
