using BenchmarkDotNet.Attributes;
using PortalGen.Artifacts;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Output;
using PortalGen.Parsing;
using PortalGen.Planning;
using PortalGen.Rendering;

namespace PortalGen.Benchmarks;

/// <summary>
/// One benchmark per pipeline stage, each over a typical document of a generated 1,000-release corpus,
/// so a regression points at its stage: front matter, Markdown, a page through the templates, the
/// site-wide artifacts, and a page written to the staging folder.
/// <c>dotnet run -c Release --project tests/PortalGen.Benchmarks -- --filter '*StageBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private CorpusSite corpus = null!;
    private SourceFile release = null!;
    private SplitDocument split = null!;
    private UrlScheme urls = null!;
    private ContentIndex content = null!;
    private PageRenderer renderer = null!;
    private PlannedPage releasePage = null!;
    private PlannedPage homePage = null!;
    private Artifact feed = null!;
    private Artifact rssFeed = null!;
    private Artifact jsonFeed = null!;
    private Artifact searchIndex = null!;
    private string renderedPage = "";
    private string outputFolder = "";
    private StagedOutput output = null!;

    [GlobalSetup]
    public void Setup()
    {
        corpus = CorpusSite.Generate(1000);
        release = corpus.TypicalRelease;
        split = FrontMatterSplitter.Split(release, new DiagnosticBag())!;
        urls = new UrlScheme(corpus.Settings.BaseUrl);
        content = ContentIndex.From(corpus.Source);
        renderer = new PageRenderer(TemplateSet.Parse(corpus.Source.SiteTemplates, new DiagnosticBag()), new LanguageViews(corpus.Editions, corpus.Texts, corpus.Pages, CorpusSite.Now));
        var releasePath = corpus.Site.Releases.Single(r => r.SourcePath == release.DisplayPath).Path;
        releasePage = corpus.Pages.Single(p => p.Release?.Path == releasePath);
        homePage = corpus.Pages.First(p => p.Kind == PageKind.Home);
        var artifacts = ArtifactPlanner.Plan(corpus.Editions, corpus.Texts, corpus.Pages, corpus.Source.StaticFiles, DateTimeOffset.UnixEpoch);
        feed = artifacts.Single(a => a.OutputFile == "feed.xml");
        rssFeed = artifacts.Single(a => a.OutputFile == "rss.xml");
        jsonFeed = artifacts.Single(a => a.OutputFile == "feed.json");
        searchIndex = artifacts.Single(a => a.OutputFile == "search-index.json");
        renderedPage = renderer.Render(releasePage, new DiagnosticBag())!;
        outputFolder = Path.Combine(Path.GetTempPath(), $"portalgen-bench-output-{Environment.ProcessId}");
        output = StagedOutput.Begin(outputFolder);
    }

    [GlobalCleanup]
    public void Cleanup() => output.Dispose();

    [Benchmark(Description = "front matter: split and read one release")]
    public object? FrontMatter() =>
        FrontMatterReader.Read(FrontMatterSplitter.Split(release, new DiagnosticBag())!, release.DisplayPath, corpus.Settings.TimeZone, new DiagnosticBag());

    [Benchmark(Description = "Markdown: one release body to HTML, lead and plain text")]
    public object? Markdown() =>
        MarkdownRenderer.Render(release, split.BodyLineOffset, allowRawHtml: false, withLeadText: true, urls, content, new ImageSettings(), new DiagnosticBag());

    [Benchmark(Description = "render: one release page through the templates")]
    public string? RenderRelease() => renderer.Render(releasePage, new DiagnosticBag());

    [Benchmark(Description = "render: the home page (a list of release cards)")]
    public string? RenderHome() => renderer.Render(homePage, new DiagnosticBag());

    [Benchmark(Description = "artifacts: the site's Atom feed")]
    public byte[] AtomFeed() => feed.ToArray();

    [Benchmark(Description = "artifacts: the site's RSS feed")]
    public byte[] RssFeed() => rssFeed.ToArray();

    [Benchmark(Description = "artifacts: the site's JSON Feed")]
    public byte[] JsonFeed() => jsonFeed.ToArray();

    [Benchmark(Description = "artifacts: the search index of 1,000 releases")]
    public byte[] SearchIndex() => searchIndex.ToArray();

    [Benchmark(Description = "write: one release page into the staging folder")]
    public void WritePage() => output.WriteText(releasePage.OutputFile, renderedPage);
}
