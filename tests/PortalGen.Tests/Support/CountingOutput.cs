using System.Collections.Concurrent;
using PortalGen.Output;

namespace PortalGen.Tests.Support;

/// <summary>
/// Memory output that counts how often each file is written: a file planned twice (two pages naming one photo)
/// would only be overwritten in memory or on disk, and show nowhere else. Read like any built site.
/// </summary>
internal sealed class CountingOutput : SiteOutputReader, ISiteOutput
{
    private readonly MemoryOutput files = new();
    private readonly ConcurrentDictionary<string, int> writes = new(StringComparer.Ordinal);

    /// <summary>The files written more than once, each with its count.</summary>
    public IEnumerable<string> WrittenMoreThanOnce => writes.Where(file => file.Value > 1).Select(file => $"{file.Key} ×{file.Value}").Order(StringComparer.Ordinal);

    public override IEnumerable<string> OutputPaths => files.Files.Keys;

    public override byte[]? Bytes(string outputPath) => files.Files.GetValueOrDefault(outputPath);

    public void Write(string relativePath, IReadOnlyList<ReadOnlyMemory<byte>> bytes)
    {
        Count(relativePath);
        files.Write(relativePath, bytes);
    }

    public void WriteText(string relativePath, ReadOnlySpan<char> text)
    {
        Count(relativePath);
        files.WriteText(relativePath, text);
    }

    public void Copy(string relativePath, Func<Stream> open)
    {
        Count(relativePath);
        files.Copy(relativePath, open);
    }

    private void Count(string relativePath) => writes.AddOrUpdate(relativePath, 1, (_, count) => count + 1);
}
