using System.Text;

namespace PortalGen.Corpus;

/// <summary>
/// Writes the releases twice: for PortalGen under portalgen/ (build with --content portalgen/content) and as a Hugo
/// site under hugo/, with the same release files, registries, logos and photos. Both folders are replaced.
/// </summary>
internal static class CorpusWriter
{
    public const string PortalGenFolder = "portalgen";
    public const string HugoFolder = "hugo";

    /// <summary>Apart from the releases' own stream, so that the number of photos changes no text.</summary>
    private const ulong PhotoStream = 0x70686F746F73UL;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="photos">How many releases, spread evenly over the archive, become page bundles with a photo.</param>
    public static void Write(IReadOnlyList<Release> releases, string output, ulong seed, int photos, PhotoSize photoSize)
    {
        var content = ContentFolder(output);
        var hugo = Path.Combine(output, HugoFolder);
        foreach (var folder in Folders(output).Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }

        WriteText(Path.Combine(content, "site.yml"), RegistryFiles.SiteYaml);
        foreach (var (path, bytes) in HugoSkeleton.Files())
        {
            WriteBytes(Path.Combine(hugo, path), bytes);
        }

        // What both have, each where its engine looks for it.
        Layout[] layouts = [new(Registries: content, Static: Path.Combine(content, "static"), Content: content),
            new(Registries: Path.Combine(hugo, "data"), Static: Path.Combine(hugo, "static"), Content: Path.Combine(hugo, "content"))];
        void WriteToBoth(Func<Layout, string> folder, string path, byte[] bytes)
        {
            foreach (var layout in layouts)
            {
                WriteBytes(Path.Combine(folder(layout), path), bytes);
            }
        }

        WriteToBoth(l => l.Registries, "partners.yml", Utf8.GetBytes(RegistryFiles.PartnersYaml()));
        WriteToBoth(l => l.Registries, "topics.yml", Utf8.GetBytes(RegistryFiles.TopicsYaml()));
        foreach (var partner in Partner.All)
        {
            WriteToBoth(l => l.Static, $"logos/{partner.Id}.svg", Utf8.GetBytes(RegistryFiles.LogoSvg(partner)));
        }

        var withPhoto = WithPhoto(releases.Count, photos);
        for (var i = 0; i < releases.Count; i++)
        {
            var bundle = withPhoto.Contains(i);
            WriteToBoth(l => l.Content, ReleaseFile.RelativePath(releases[i], bundle), Utf8.GetBytes(ReleaseFile.Text(releases[i], bundle)));
        }

        // Each photo from a seed of its own, so that they can be drawn in parallel and come out the same; one per core,
        // as the pool would otherwise add threads, each holding some 70 MB of pixels (900 MB at 100 photos).
        var photoSeeds = new CorpusRandom(seed ^ PhotoStream);
        var jobs = withPhoto.Order().Select(i => (Release: releases[i], Seed: photoSeeds.NextBits())).ToList();
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, job =>
        {
            var photo = PlasmaPhoto.Jpeg(photoSize.Width, photoSize.Height, job.Seed);
            WriteToBoth(l => l.Content, ReleaseFile.PhotoPath(job.Release), photo);
        });
    }

    /// <summary>The corpus of the default seed, without photos, for benchmarks that run in process; returns PortalGen's content folder.</summary>
    public static string WriteDefault(int releases, string output)
    {
        Write(CorpusComposer.Compose(releases, CorpusComposer.DefaultSeed), output, CorpusComposer.DefaultSeed, photos: 0, PhotoSize.Camera);
        return ContentFolder(output);
    }

    public static string ContentFolder(string output) => Path.Combine(output, PortalGenFolder, "content");

    /// <summary>The two folders the corpus is written to (and replaces).</summary>
    public static IEnumerable<string> Folders(string output) => [Path.Combine(output, PortalGenFolder), Path.Combine(output, HugoFolder)];

    /// <summary>The indexes of <paramref name="photos"/> releases of <paramref name="count"/>, spread evenly from the oldest.</summary>
    private static HashSet<int> WithPhoto(int count, int photos)
    {
        var k = Math.Min(photos, count);
        return [.. Enumerable.Range(0, k).Select(i => (int)((long)i * count / k))];
    }

    private static void WriteText(string path, string text) => WriteBytes(path, Utf8.GetBytes(text));

    private static void WriteBytes(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Where one engine keeps the registries, the static files and the releases.</summary>
    private sealed record Layout(string Registries, string Static, string Content);
}
