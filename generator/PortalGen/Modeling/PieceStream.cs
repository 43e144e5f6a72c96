namespace PortalGen.Modeling;

/// <summary>
/// A read-only stream over pieces of bytes made as they are read: each piece is copied out before the next is made,
/// so a maker may hand out the same buffer again.
/// </summary>
internal sealed class PieceStream(IEnumerable<ReadOnlyMemory<byte>> pieces) : Stream
{
    private readonly IEnumerator<ReadOnlyMemory<byte>> next = pieces.GetEnumerator();
    private ReadOnlyMemory<byte> current;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (current.IsEmpty)
        {
            if (!next.MoveNext())
            {
                return 0;
            }

            current = next.Current;
        }

        var count = Math.Min(buffer.Length, current.Length);
        current.Span[..count].CopyTo(buffer);
        current = current[count..];
        return count;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            next.Dispose();
        }

        base.Dispose(disposing);
    }
}
