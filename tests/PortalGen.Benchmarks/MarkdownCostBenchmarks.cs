using BenchmarkDotNet.Attributes;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Benchmarks;

/// <summary>
/// Bodies whose Markdown reading grew faster than their size (issue 15, item 9), through the one Markdown stage a
/// build runs: 40,000 identical headings (78 s before: Markdig's heading ids), 60,000 unclosed links on one line
/// (23 s before: Markdig's link parser, now refused) and 50,000 link definitions in one paragraph (7 s before,
/// now refused), beside the same counts spread over paragraphs, which are read.
/// <c>dotnet run -c Release --project tests/PortalGen.Benchmarks -- --filter '*MarkdownCostBenchmarks*'</c>
/// </summary>
[MemoryDiagnoser]
public class MarkdownCostBenchmarks
{
    private const string FrontMatter = "---\ntitle: X\ndate: 2020-12-02\n---\n";

    private readonly UrlScheme urls = new(new Uri("https://news.example.org/"));
    private readonly ContentIndex content = ContentIndex.From(new SiteSource(null, null, null, [], [], [], []));

    [Params("identical headings", "unclosed links in one paragraph", "link definitions in one paragraph", "links in separate paragraphs")]
    public string Body { get; set; } = "";

    private SourceFile file = null!;

    [GlobalSetup]
    public void Setup()
    {
        var body = Body switch
        {
            "identical headings" => string.Concat(Enumerable.Repeat("# a\n\n", 40_000)),
            "unclosed links in one paragraph" => string.Concat(Enumerable.Repeat("[a](b", 60_000)),
            "link definitions in one paragraph" => string.Concat(Enumerable.Range(0, 50_000).Select(i => $"[l{i}]: /u{i}\n")),
            _ => string.Concat(Enumerable.Range(0, 50_000).Select(i => $"[a{i}](b{i})\n\n")),
        };
        file = new SourceFile("news/2020/x.md", "content/news/2020/x.md", FrontMatter + body);
    }

    [Benchmark(Description = "Markdown: a pathological body to HTML, or its error")]
    public object? Render() =>
        MarkdownRenderer.Render(file, bodyLineOffset: 4, allowRawHtml: false, withLeadText: true, urls, content, new ImageSettings(), new DiagnosticBag());
}
