using System.Collections.Immutable;
using PortalGen.Output;
using PortalGen.Settings;

namespace PortalGen.Tests.Support;

/// <summary>
/// A whole small site held inline (txtar: <c>-- content/site.yml --</c> starts a file; <c>\xNN</c> is not decoded
/// here), built in memory through the one pipeline: nothing is written to disk, nothing read but the theme.
/// </summary>
internal sealed class MemorySite : SiteOutputReader
{
    private readonly ImmutableSortedDictionary<string, byte[]> files;

    private MemorySite(BuildResult result, ImmutableSortedDictionary<string, byte[]> files)
    {
        Result = result;
        this.files = files;
    }

    public BuildResult Result { get; }

    public override IEnumerable<string> OutputPaths => files.Keys;

    /// <summary>The settings every test build starts from: "now" fixed at <see cref="TestSite.Now"/>.</summary>
    public static PipelineSettings Settings { get; } = new() { Clock = new FixedClock(TestSite.Now) };

    public static MemorySite Build(string txtar, Func<PipelineSettings, PipelineSettings>? adjust = null) => Build(Sources(txtar), adjust);

    /// <summary>A txtar's files by path, for a test that adds bytes of its own. A file given twice takes its later text, as when a test adds to shared basics.</summary>
    public static Dictionary<string, byte[]> Sources(string txtar)
    {
        var sources = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, text) in Txtar.Parse(txtar))
        {
            sources[path] = TestImages.FileBytes(path, text);
        }

        return sources;
    }

    public static MemorySite Build(IReadOnlyDictionary<string, byte[]> sources, Func<PipelineSettings, PipelineSettings>? adjust = null)
    {
        var output = new MemoryOutput();
        var result = PortalGen.Build.Run(sources, adjust is null ? Settings : adjust(Settings), output);
        return new MemorySite(result, output.Files);
    }

    /// <summary>Builds and fails the test, listing the diagnostics, unless the build succeeded.</summary>
    public static MemorySite BuildOk(string txtar, Func<PipelineSettings, PipelineSettings>? adjust = null)
    {
        var site = Build(txtar, adjust);
        Assert.That(site.Result.Outcome, Is.EqualTo(BuildOutcome.Succeeded), () => string.Join("\n", TestSite.Lines(site.Result)));
        return site;
    }

    public override byte[]? Bytes(string outputPath) => files.GetValueOrDefault(outputPath);
}
