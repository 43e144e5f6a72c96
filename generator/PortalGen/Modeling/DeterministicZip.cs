using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text;

namespace PortalGen.Modeling;

/// <summary>
/// A ZIP archive whose bytes depend on its entries alone: in the order given, each stamped with one date at
/// midnight, each a regular file readable by all (-rw-r--r--), no extra fields, no comment. Stored files are
/// streamed from their source, their checksum written after them (a data descriptor), so the archive is written
/// without holding a file in memory and its length is known before it is written.
/// </summary>
internal sealed class DeterministicZip
{
    /// <summary>ZIP without ZIP64 cannot hold more (APPNOTE 4.4.8).</summary>
    public const long MaxLength = uint.MaxValue;

    private const uint LocalHeaderSignature = 0x04034b50;
    private const uint DescriptorSignature = 0x08074b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint EndSignature = 0x06054b50;
    private const int LocalHeaderLength = 30;
    private const int DescriptorLength = 16;
    private const int CentralHeaderLength = 46;
    private const int EndLength = 22;
    private const ushort VersionNeeded = 20;

    // Made on Unix, so unzip gives every file the mode of the attributes below rather than its own umask's.
    private const ushort MadeBy = (3 << 8) | VersionNeeded;
    private const uint RegularFileReadableByAll = 0x81A4u << 16;
    private const ushort Utf8Names = 0x0800;
    private const ushort SizesAfterData = 0x0008;
    private const ushort StoredMethod = 0;
    private const ushort DeflatedMethod = 8;

    private readonly ImmutableArray<(ZipEntry Entry, byte[] Name)> entries;
    private readonly ushort dosDate;

    /// <param name="stamp">Every entry's date; before 1980, which ZIP cannot write, it is 1 January 1980.</param>
    public DeterministicZip(IEnumerable<ZipEntry> entries, DateTimeOffset stamp)
    {
        this.entries = [.. entries.Select(entry => (entry, Encoding.UTF8.GetBytes(entry.Name)))];
        var day = stamp.Year < 1980 ? new DateTime(1980, 1, 1) : stamp.Year > 2107 ? new DateTime(2107, 12, 31) : stamp.Date;
        dosDate = (ushort)(((day.Year - 1980) << 9) | (day.Month << 5) | day.Day);
        Length = this.entries.Sum(e => LocalHeaderLength + e.Name.Length + e.Entry.Length + (e.Entry.Open is null ? 0 : DescriptorLength) + CentralHeaderLength + e.Name.Length) + EndLength;
    }

    /// <summary>The archive's length in bytes, exactly as <see cref="Open"/> writes it.</summary>
    public long Length { get; }

    /// <summary>The archive's bytes, read as they are made; each stored file is opened when its turn comes.</summary>
    public Stream Open() => new PieceStream(Pieces());

    private IEnumerable<ReadOnlyMemory<byte>> Pieces()
    {
        var central = new List<byte[]>(entries.Length);
        var offset = 0L;
        var buffer = new byte[81920];
        foreach (var (entry, name) in entries)
        {
            var header = Header(LocalHeaderSignature, entry, name, entry.Crc, central: false);
            yield return header;
            var crc = entry.Crc;
            if (entry.Deflated is { } deflated)
            {
                yield return deflated;
            }
            else
            {
                var checksum = new Crc32();
                var written = 0L;
                using (var file = entry.Open!())
                {
                    while (file.Read(buffer) is > 0 and var read)
                    {
                        checksum.Append(buffer.AsSpan(0, read));
                        written += read;
                        yield return buffer.AsMemory(0, read);
                    }
                }

                if (written != entry.Length)
                {
                    throw new IOException($"{entry.Origin} changed while its press kit was written ({written} bytes, not {entry.Length}); build again");
                }

                crc = checksum.GetCurrentHashAsUInt32();
                var descriptor = new byte[DescriptorLength];
                BinaryPrimitives.WriteUInt32LittleEndian(descriptor, DescriptorSignature);
                BinaryPrimitives.WriteUInt32LittleEndian(descriptor.AsSpan(4), crc);
                BinaryPrimitives.WriteUInt32LittleEndian(descriptor.AsSpan(8), (uint)entry.Length);
                BinaryPrimitives.WriteUInt32LittleEndian(descriptor.AsSpan(12), (uint)entry.Length);
                yield return descriptor;
            }

            var record = Header(CentralHeaderSignature, entry, name, crc, central: true);
            BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(42), (uint)offset);
            central.Add(record);
            offset += header.Length + entry.Length + (entry.Deflated is null ? DescriptorLength : 0);
        }

        foreach (var record in central)
        {
            yield return record;
        }

        var end = new byte[EndLength];
        BinaryPrimitives.WriteUInt32LittleEndian(end, EndSignature);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), (ushort)entries.Length);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), (ushort)entries.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)central.Sum(record => record.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), (uint)offset);
        yield return end;
    }

    /// <summary>
    /// A local or central header; a stored file's local header leaves its checksum and sizes to the descriptor after
    /// it (APPNOTE 4.4.4, bit 3), as they are known only once it is read.
    /// </summary>
    private byte[] Header(uint signature, ZipEntry entry, byte[] name, uint crc, bool central)
    {
        var fixedLength = central ? CentralHeaderLength : LocalHeaderLength;
        var header = new byte[fixedLength + name.Length];
        var span = header.AsSpan();
        BinaryPrimitives.WriteUInt32LittleEndian(span, signature);

        // The central header has "version made by" before the fields both headers share.
        var at = 4;
        if (central)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(span[at..], MadeBy);
            at += 2;
        }

        var streamed = entry.Deflated is null;
        var sizesKnown = central || !streamed;
        BinaryPrimitives.WriteUInt16LittleEndian(span[at..], VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 2)..], (ushort)(Utf8Names | (streamed ? SizesAfterData : 0)));
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 4)..], streamed ? StoredMethod : DeflatedMethod);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 6)..], 0); // midnight
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 8)..], dosDate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 10)..], sizesKnown ? crc : 0);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 14)..], sizesKnown ? (uint)entry.Length : 0);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 18)..], sizesKnown ? (uint)entry.UncompressedLength : 0);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 22)..], (ushort)name.Length);
        if (central)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[38..], RegularFileReadableByAll);
        }

        name.CopyTo(span[fixedLength..]);
        return header;
    }
}
