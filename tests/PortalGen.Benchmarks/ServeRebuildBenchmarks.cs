using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PortalGen.Corpus;
using PortalGen.Serving;
using PortalGen.Settings;

namespace PortalGen.Benchmarks;

/// <summary>
/// The preview server's save-to-served time (issues #5 and #8): a generated corpus is served, the newest
/// release's title is edited on disk, and the clock runs until the server answers with the new title over HTTP:
/// the release page alone, or the release page and its partner, topic, home pages and the site feed.
/// </summary>
/// <remarks>Each iteration is one save, measured once: Monitoring, not throughput, is what an editor waits through.</remarks>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 21)]
[MedianColumn]
[MinColumn]
[MaxColumn]
public partial class ServeRebuildBenchmarks
{
    private static readonly HttpClient Client = new();
    private string corpus = "";
    private PreviewServer? server;
    private string releaseFile = "";
    private string originalText = "";
    private string[] listPaths = [];
    private string releasePath = "";
    private int edits;

    [Params(5000, 10000)]
    public int Releases { get; set; }

    [GlobalSetup]
    public async Task StartServer()
    {
        corpus = Path.Combine(Path.GetTempPath(), "portalgen-serve-bench-" + Guid.NewGuid().ToString("N"));
        var content = CorpusWriter.WriteDefault(Releases, corpus);
        (releaseFile, releasePath, var partner, var topic) = NewestRelease(Path.Combine(content, "news"));
        originalText = await File.ReadAllTextAsync(releaseFile);
        listPaths = [$"/partners/{partner}/", $"/topics/{topic}/", "/", "/feed.xml"];
        var options = new BuildOptions
        {
            ContentDirectory = content,
            TemplatesDirectory = Path.Combine(corpus, "templates"),
            DisplayRoot = corpus,
        };
        server = await PreviewServer.StartAsync(options, port: 0, TextWriter.Null);
    }

    [GlobalCleanup]
    public async Task StopServer()
    {
        await File.WriteAllTextAsync(releaseFile, originalText);
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        Directory.Delete(corpus, recursive: true);
    }

    /// <summary>Issue #5: saving one edited release until its page is served updated.</summary>
    [Benchmark]
    public async Task ReleasePageAfterSave()
    {
        var marker = await SaveEditedTitle();
        await UntilServed(releasePath, marker);
    }

    /// <summary>Issue #8: the same, until its partner, topic and home pages and the feed are served updated too.</summary>
    [Benchmark]
    public async Task ReleaseListsAndFeedAfterSave()
    {
        var marker = await SaveEditedTitle();
        await UntilServed(releasePath, marker);
        foreach (var path in listPaths)
        {
            await UntilServed(path, marker);
        }
    }

    private async Task<string> SaveEditedTitle()
    {
        var marker = string.Create(CultureInfo.InvariantCulture, $"edit {++edits}");
        await File.WriteAllTextAsync(releaseFile, TitleLine().Replace(originalText, $"title: \"$1 ({marker})\"", 1));
        return marker;
    }

    private async Task UntilServed(string path, string marker)
    {
        var url = new Uri(server!.Address, path);
        var deadline = Stopwatch.StartNew();
        while (!(await Client.GetStringAsync(url)).Contains(marker, StringComparison.Ordinal))
        {
            if (deadline.Elapsed > TimeSpan.FromSeconds(60))
            {
                throw new TimeoutException($"{path} did not show '{marker}' within a minute");
            }

            await Task.Delay(1);
        }
    }

    /// <summary>The newest release: first on the home page and on its partners' and topics' first pages.</summary>
    private static (string File, string UrlPath, string Partner, string Topic) NewestRelease(string newsFolder) =>
        Directory.EnumerateFiles(newsFolder, "*.md", SearchOption.AllDirectories)
            .Select(file => (File: file, Text: File.ReadAllText(file)))
            .Select(entry => (entry.File, Date: DateTimeOffset.Parse(DateLine().Match(entry.Text).Groups[1].Value, CultureInfo.InvariantCulture), entry.Text))
            .OrderByDescending(entry => entry.Date.UtcDateTime)
            .ThenBy(entry => entry.File, StringComparer.Ordinal)
            .Select(entry => (
                entry.File,
                string.Create(CultureInfo.InvariantCulture, $"/news/{entry.Date.Year}/{SlugLine().Match(entry.Text).Groups[1].Value}/"),
                FirstOfList("partners", entry.Text),
                FirstOfList("topics", entry.Text)))
            .First();

    private static string FirstOfList(string key, string text) =>
        Regex.Match(text, "^" + key + @": \[([^,\]]+)", RegexOptions.Multiline).Groups[1].Value.Trim();

    [GeneratedRegex("^title: \"(.*)\"$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex("^date: (.+)$", RegexOptions.Multiline)]
    private static partial Regex DateLine();

    [GeneratedRegex("^slug: (.+)$", RegexOptions.Multiline)]
    private static partial Regex SlugLine();
}
