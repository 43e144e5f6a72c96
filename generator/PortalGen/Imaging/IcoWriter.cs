using System.Buffers.Binary;

namespace PortalGen.Imaging;

/// <summary>
/// Writes an ICO container of PNG images (what every browser since Internet Explorer 9 reads, and a fraction of the
/// size of bitmaps): the 6-byte header, one 16-byte directory entry per image, then the PNGs in the same order. The
/// bytes are the images' and their sizes', nothing else.
/// </summary>
internal static class IcoWriter
{
    private const int HeaderLength = 6, EntryLength = 16;

    /// <param name="images">Square PNGs of 1 to 256 px, with their size.</param>
    public static byte[] Write(IReadOnlyList<(int Size, byte[] Png)> images)
    {
        var ico = new byte[HeaderLength + (EntryLength * images.Count) + images.Sum(image => image.Png.Length)];
        var span = ico.AsSpan();
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], 1); // type 1: an icon (2 would be a cursor)
        BinaryPrimitives.WriteUInt16LittleEndian(span[4..], (ushort)images.Count);
        var offset = HeaderLength + (EntryLength * images.Count);
        for (var i = 0; i < images.Count; i++)
        {
            var (size, png) = images[i];
            var entry = span.Slice(HeaderLength + (EntryLength * i), EntryLength);
            entry[0] = entry[1] = (byte)(size == 256 ? 0 : size); // 0 stands for 256
            // Bytes 2 and 3 (palette size, reserved) stay 0.
            BinaryPrimitives.WriteUInt16LittleEndian(entry[4..], 1); // colour planes
            BinaryPrimitives.WriteUInt16LittleEndian(entry[6..], 32); // bits per pixel
            BinaryPrimitives.WriteUInt32LittleEndian(entry[8..], (uint)png.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[12..], (uint)offset);
            png.CopyTo(span[offset..]);
            offset += png.Length;
        }

        return ico;
    }
}
