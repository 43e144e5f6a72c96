using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;

namespace PortalGen.Output;

/// <summary>A built site held in memory, by path below the output root: for hosts that keep no folder, and the tests.</summary>
internal sealed class MemoryOutput : ISiteOutput
{
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);

    /// <summary>Every file written, by its path ('/' separated, as in the output folder).</summary>
    public ImmutableSortedDictionary<string, byte[]> Files => files.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public void Write(string relativePath, IReadOnlyList<ReadOnlyMemory<byte>> bytes)
    {
        var whole = new byte[bytes.Sum(segment => segment.Length)];
        var at = 0;
        foreach (var segment in bytes)
        {
            segment.Span.CopyTo(whole.AsSpan(at));
            at += segment.Length;
        }

        files[relativePath] = whole;
    }

    public void WriteText(string relativePath, ReadOnlySpan<char> text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        Encoding.UTF8.GetBytes(text, bytes);
        files[relativePath] = bytes;
    }

    public void Copy(string relativePath, Func<Stream> open)
    {
        using var source = open();
        using var bytes = new MemoryStream();
        source.CopyTo(bytes);
        files[relativePath] = bytes.ToArray();
    }
}
