namespace PortalGen.Artifacts;

/// <summary>
/// A file the generator writes besides the HTML pages (a feed, the sitemap, the search index): its path
/// below the output folder and the pure function that writes its bytes, run when the site is written.
/// </summary>
internal sealed record Artifact(string OutputFile, Action<SegmentedMemoryStream> Write)
{
    /// <summary>The bytes in one array, for the preview server, which keeps what it serves in memory.</summary>
    public byte[] ToArray()
    {
        using var bytes = new SegmentedMemoryStream();
        Write(bytes);
        return bytes.ToArray();
    }
}
