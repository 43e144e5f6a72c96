using System.Collections.Immutable;
using PortalGen.Corpus;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Modeling;
using PortalGen.Parsing;
using PortalGen.Pipeline;
using PortalGen.Planning;
using PortalGen.Settings;

namespace PortalGen.Benchmarks;

/// <summary>
/// A site of the benchmark corpus (tests/PortalGen.Corpus), loaded and modelled once, so each stage benchmark runs
/// over the documents a real build sees.
/// </summary>
internal sealed class CorpusSite
{
    private CorpusSite(SiteSource source, SiteEditions editions, IReadOnlyDictionary<string, UiTexts> texts)
    {
        Source = source;
        Editions = editions;
        Texts = texts;
        Site = editions.Default;
        Settings = Site.Settings;
        Pages = PagePlanner.Plan(editions, texts);
    }

    /// <summary>The corpus is built as of this instant, so every run decides its releases and events alike.</summary>
    public static DateTimeOffset Now { get; } = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    public SiteSource Source { get; }

    public SiteSettings Settings { get; }

    /// <summary>The site in the default language (the corpus has one).</summary>
    public Site Site { get; }

    public SiteEditions Editions { get; }

    public IReadOnlyDictionary<string, UiTexts> Texts { get; }

    public ImmutableArray<PlannedPage> Pages { get; }

    /// <summary>The release whose file size is the median of the corpus: a typical document, not a chosen one.</summary>
    public SourceFile TypicalRelease => Source.Releases.OrderBy(r => r.Text.Length).ThenBy(r => r.RelativePath, StringComparer.Ordinal).ElementAt(Source.Releases.Length / 2);

    public static CorpusSite Generate(int releases)
    {
        // Written afresh each time (a second or two): a corpus left by an older generator would be measured unnoticed.
        var folder = Path.Combine(Path.GetTempPath(), $"portalgen-bench-corpus-{releases}");
        var content = CorpusWriter.WriteDefault(releases, folder);
        var options = new BuildOptions { ContentDirectory = content, TemplatesDirectory = Path.Combine(folder, "templates"), Clock = new FixedClock(Now), DisplayRoot = folder };
        var diagnostics = new DiagnosticBag();
        var source = SiteSourceLoader.Load(options, diagnostics) ?? throw new InvalidOperationException("the corpus could not be loaded");
        var (site, _) = SiteModeler.Model(source, options, diagnostics, IRebuildCache.None);
        var texts = site is null ? null : UiTextsReader.Read(source.TextFiles, site.Default.Settings, diagnostics);
        return diagnostics.HasErrors || site is null || texts is null
            ? throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedArray()))
            : new CorpusSite(source, site, texts);
    }
}
