namespace PortalGen.Artifacts;

/// <summary>
/// A file the generator writes besides the HTML pages (a feed, the sitemap, the search index): its path
/// below the output folder and the pure function that makes its bytes, run when the site is written.
/// </summary>
public sealed record Artifact(string OutputFile, Func<byte[]> Write);
