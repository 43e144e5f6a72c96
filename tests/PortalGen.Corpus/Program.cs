using System.CommandLine;
using System.Globalization;

namespace PortalGen.Corpus;

/// <summary>
/// The benchmark corpus on the command line: N seeded press releases for PortalGen and the same as a Hugo site.
///   dotnet run --project tests/PortalGen.Corpus -c Release -- --releases 1000 --out /dev/shm/corpus [--photos 100]
/// </summary>
internal static class Program
{
    private const int Usage = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>The whole command, with its writers passed in so tests can run it in process.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var releases = new Option<int>("--releases") { Description = "How many releases", Required = true };
        var folder = new Option<string>("--out") { Description = "Where to write: the corpus goes to portalgen/ and hugo/ in it", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Another seed, another corpus; the same seed, the same bytes", DefaultValueFactory = _ => CorpusComposer.DefaultSeed };
        var photos = new Option<int>("--photos") { Description = "How many releases become page bundles with a photo" };
        var photoSize = new Option<string>("--photo-size") { Description = "The photos' size, WxH", DefaultValueFactory = _ => PhotoSize.Camera.ToString() };
        var force = new Option<bool>("--force") { Description = "Replace portalgen/ and hugo/ in the folder when they exist" };
        var root = new RootCommand("Writes a seeded corpus of consortium press releases for PortalGen and the same releases as a Hugo site.")
        {
            releases, folder, seed, photos, photoSize, force,
        };
        root.SetAction(invocation =>
        {
            var count = invocation.GetValue(releases);
            var size = PhotoSize.Parse(invocation.GetValue(photoSize)!);
            var outputFolder = Path.GetFullPath(invocation.GetValue(folder)!);
            var existing = CorpusWriter.Folders(outputFolder).FirstOrDefault(Directory.Exists);
            string? problem = count < 1 || count > CorpusComposer.MostReleases ? $"--releases must be from 1 to {CorpusComposer.MostReleases}"
                : invocation.GetValue(photos) < 0 ? "--photos must not be negative"
                : size is null ? "--photo-size is WxH, each from 2 to 20000, for example 3000x2000"
                : existing is not null && !invocation.GetValue(force) ? $"{existing} exists (--force replaces it)"
                : null;
            if (problem is not null)
            {
                error.WriteLine($"corpus: {problem}");
                return Usage;
            }

            var corpus = CorpusComposer.Compose(count, invocation.GetValue(seed));
            var withPhotos = Math.Min(invocation.GetValue(photos), count);
            CorpusWriter.Write(corpus, outputFolder, invocation.GetValue(seed), withPhotos, size!.Value);
            var words = corpus.Sum(release => Words.Count(release.Body));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{count} releases, {words} words of body (mean {words / count}), {Partner.All.Count} partners, {Topic.All.Count} topics, {withPhotos} photos of {size} -> {outputFolder}"));
            return 0;
        });
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"corpus: {parseError.Message}");
            }

            return Usage;
        }

        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
