namespace PortalGen.Corpus;

/// <summary>
/// The Hugo peer's hugo.yaml and layouts (the hugo/ folder beside this file, embedded). They make the pages
/// PortalGen's theme makes at the least: a page per release, the home page with the latest 20, /partners/ and
/// /topics/, a page per partner and per topic listing all their releases, one Atom feed; and of a release's photo
/// WebP 480, 960 and 1920 px wide and a 1200 px JPEG. The templates are deliberately plain, so that a side-by-side
/// run measures the engines.
/// </summary>
internal static class HugoSkeleton
{
    private const string Prefix = "hugo/";

    /// <summary>Each file's path in the site and its bytes, in ordinal order of path.</summary>
    public static IEnumerable<(string Path, byte[] Bytes)> Files()
    {
        var assembly = typeof(HugoSkeleton).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            // A build on Windows names the resources with the folder separator it found.
            yield return (name[Prefix.Length..].Replace('\\', '/'), bytes.ToArray());
        }
    }
}
