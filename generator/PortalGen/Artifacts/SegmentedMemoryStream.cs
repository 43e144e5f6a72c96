using System.Buffers;

namespace PortalGen.Artifacts;

/// <summary>
/// The bytes of one generated file in segments rented from the shared array pool, written as a stream (XmlWriter)
/// or as a buffer writer (Utf8JsonWriter, encoders). A MemoryStream grew by doubling and was copied out once more:
/// the 20 MB search index at 10,000 releases made a dozen arrays in the large object heap, each collected only by
/// a full (gen2) collection. Segments stay below that heap's threshold and go back to the pool on Dispose.
/// </summary>
internal sealed class SegmentedMemoryStream : Stream, IBufferWriter<byte>
{
    /// <summary>Below the 85,000 bytes from which an array goes to the large object heap.</summary>
    private const int SegmentLength = 64 * 1024;

    private readonly List<ReadOnlyMemory<byte>> full = [];
    private byte[] current = [];
    private int used;
    private long length;

    /// <summary>The bytes written, in order; valid until the next write or Dispose.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Segments => used == 0 ? full : [.. full, current.AsMemory(0, used)];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => length;

    public override long Position
    {
        get => length;
        set => throw new NotSupportedException();
    }

    public byte[] ToArray()
    {
        var bytes = new byte[length];
        var at = 0;
        foreach (var segment in Segments)
        {
            segment.Span.CopyTo(bytes.AsSpan(at));
            at += segment.Length;
        }

        return bytes;
    }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, current.Length - used);
        used += count;
        length += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return current.AsMemory(used);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return current.AsSpan(used);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var free = GetSpan();
            var count = Math.Min(free.Length, buffer.Length);
            buffer[..count].CopyTo(free);
            Advance(count);
            buffer = buffer[count..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var segment in full)
            {
                ReturnToPool(segment);
            }

            ReturnToPool(current);
            full.Clear();
            (current, used, length) = ([], 0, 0);
        }

        base.Dispose(disposing);
    }

    /// <summary>Starts a new segment when the current one has less room than asked for (at least one byte).</summary>
    private void Reserve(int sizeHint)
    {
        if (current.Length - used >= Math.Max(sizeHint, 1))
        {
            return;
        }

        if (used > 0)
        {
            full.Add(current.AsMemory(0, used));
        }
        else
        {
            ReturnToPool(current);
        }

        current = ArrayPool<byte>.Shared.Rent(Math.Max(sizeHint, SegmentLength));
        used = 0;
    }

    private static void ReturnToPool(ReadOnlyMemory<byte> segment)
    {
        if (System.Runtime.InteropServices.MemoryMarshal.TryGetArray(segment, out var array) && array.Array is { Length: > 0 } rented)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
