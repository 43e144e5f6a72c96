namespace PortalGen.Output;

/// <summary>
/// Where a built site's files go: the staging folder of a build (<see cref="StagedOutput"/>) or memory
/// (<see cref="MemoryOutput"/>). Every method is called from many threads at once, each for its own path.
/// </summary>
internal interface ISiteOutput
{
    /// <summary>Writes one file of the given bytes, in order.</summary>
    void Write(string relativePath, IReadOnlyList<ReadOnlyMemory<byte>> bytes);

    /// <summary>Writes one file as UTF-8.</summary>
    void WriteText(string relativePath, ReadOnlySpan<char> text);

    /// <summary>Writes one file with the bytes of a stream, which it opens and closes.</summary>
    void Copy(string relativePath, Func<Stream> open);
}
