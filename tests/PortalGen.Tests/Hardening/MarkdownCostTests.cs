using PortalGen.Tests.Support;

namespace PortalGen.Tests.Hardening;

/// <summary>
/// Markdown whose reading grows faster than its size: repeated headings get their ids in linear time, and a
/// paragraph of more links than Markdig reads in well under a second is an error at its line. The timings are in
/// tests/PortalGen.Benchmarks (MarkdownCostBenchmarks), not here.
/// </summary>
public sealed class MarkdownCostTests
{
    private static TestSite SiteWithBody(string body) =>
        TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "title: X\ndate: 2020-12-02", body));

    [Test]
    public void Thousands_of_identical_headings_get_the_ids_github_gives_them()
    {
        var body = "# a-2\n\n" + string.Concat(Enumerable.Repeat("# a\n\n", 3000)) + "# a-1\n\n## A!\n";
        using var site = SiteWithBody(body);
        site.BuildOk();

        var ids = site.Html("news/2020/x/index.html").QuerySelectorAll(".prose h1, .prose h2").Select(h => h.Id).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(ids, Has.Count.EqualTo(3003));
            Assert.That(ids.Take(5), Is.EqualTo(new[] { "a-2", "a", "a-1", "a-3", "a-4" }), "a-2 is taken by the first heading's own text");
            Assert.That(ids[3000], Is.EqualTo("a-3000"));
            Assert.That(ids.Skip(3001), Is.EqualTo(new[] { "a-1-1", "a-3001" }));
            Assert.That(ids, Is.Unique);
        });
    }

    [Test]
    public void Sixty_thousand_unclosed_links_in_one_paragraph_are_an_error_at_its_line()
    {
        using var site = SiteWithBody("Fine paragraph.\n\n" + string.Concat(Enumerable.Repeat("[a](b", 60_000)));

        var result = site.Build();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/news/2020/x.md:7:1: error: this paragraph holds so many '[' that reading its links would take minutes (a press release needs a few links per paragraph: look for a pasted run of brackets, or split the paragraph with blank lines)",
        }));
    }

    [Test]
    public void Thousands_of_paragraphs_with_a_link_each_are_read()
    {
        using var site = SiteWithBody(string.Concat(Enumerable.Range(0, 5_000).Select(i => $"Paragraph {i} with [a link](/about/) and [another](https://example.org/{i}).\n\n")));

        site.BuildOk();
    }

    [Test]
    public void Fifty_thousand_link_definitions_in_one_paragraph_are_an_error_at_its_line()
    {
        using var site = SiteWithBody("Fine paragraph.\n\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"[l{i}]: /u{i}\n")));

        var result = site.Build();

        Assert.That(TestSite.Lines(result).Single(), Does.StartWith("content/news/2020/x.md:7:1: error: this paragraph holds so many '['"));
    }

    [Test]
    public void Brackets_in_a_fenced_code_block_are_not_counted_as_links()
    {
        var json = string.Concat(Enumerable.Repeat("[[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14], [15, 16]]\n", 40_000));
        using var site = SiteWithBody($"Data:\n\n```json\n{json}```\n");

        site.BuildOk();
    }
}
