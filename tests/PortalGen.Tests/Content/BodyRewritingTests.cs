using PortalGen.Tests.Support;

namespace PortalGen.Tests.Content;

/// <summary>
/// What is done to a body before it is rendered (unsafe links out, content links resolved, root links rebased,
/// raw HTML out) reaches every link and every piece of HTML, wherever it sits and however the rewrites meet.
/// </summary>
public sealed class BodyRewritingTests
{
    private const string RawHtmlWarning = "warning: raw HTML is left out of the page (write it in Markdown, or set 'unsafe_html: true' in site.yml if every author is trusted)";

    [Test]
    public void An_image_inside_a_script_link_keeps_its_size_and_published_url()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x/index.md", "title: X\ndate: 2020-12-02", "[![The signing](photo.png) in pictures](javascript:alert(1))"));
        site.WriteFile("content/news/2020/x/photo.png", TestImages.Png(640, 480));
        var result = site.BuildOk();
        // The body's one paragraph is the release's lead.
        var prose = site.Html("news/2020/x/index.html").QuerySelector(".lead")!;
        var image = prose.QuerySelector("img")!;

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
            {
                "content/news/2020/x/index.md:5:1: warning: a link to 'javascript:' is left out of the page, only its text is kept (link to an http or https address, or to a page of the site)",
            }));
            Assert.That(prose.QuerySelector("a"), Is.Null);
            Assert.That(prose.TextContent.Trim(), Is.EqualTo("in pictures"));
            Assert.That(
                $"{ImageNames.WithoutHash(image.GetAttribute("src"))} {image.GetAttribute("alt")} {image.GetAttribute("loading")} {image.GetAttribute("width")}x{image.GetAttribute("height")}",
                Is.EqualTo("/news/2020/x/photo.640x480.HASH.png The signing lazy 640x480"));
        });
    }

    [Test]
    public void Raw_html_is_left_out_wherever_it_sits_in_the_body()
    {
        const string Body = """
            Text with <b>bold</b> words.

            > <div>In a quote</div>

            | a | b |
            |---|---|
            | <i>cell</i> | plain |

            [a <span>marked</span> link](https://example.org/) and a note[^1].

            [^1]: The note has <em>markup</em> too.

            <!-- an editor's note: no warning -->
            """;
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "title: X\ndate: 2020-12-02", Body));
        var result = site.BuildOk();
        var prose = site.Html("news/2020/x/index.html").QuerySelector(".prose")!;

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
            {
                $"content/news/2020/x.md:5:11: {RawHtmlWarning}",
                $"content/news/2020/x.md:5:18: {RawHtmlWarning}",
                $"content/news/2020/x.md:7:3: {RawHtmlWarning}",
                $"content/news/2020/x.md:11:3: {RawHtmlWarning}",
                $"content/news/2020/x.md:11:10: {RawHtmlWarning}",
                $"content/news/2020/x.md:13:4: {RawHtmlWarning}",
                $"content/news/2020/x.md:13:16: {RawHtmlWarning}",
                $"content/news/2020/x.md:15:20: {RawHtmlWarning}",
                $"content/news/2020/x.md:15:30: {RawHtmlWarning}",
            }));
            Assert.That(prose.QuerySelectorAll("b, i, span, em, blockquote *").Select(e => e.OuterHtml), Is.Empty);
            Assert.That(prose.QuerySelector("td")!.TextContent, Is.EqualTo("cell"));
            Assert.That(prose.QuerySelector("a[href='https://example.org/']")!.TextContent, Is.EqualTo("a marked link"));
            Assert.That(prose.InnerHtml, Does.Not.Contain("editor's note"));
        });
    }

    [Test]
    public void Links_in_tables_and_footnotes_are_resolved_like_any_other()
    {
        const string Body = """
            | where | link |
            |---|---|
            | root | [About](/about/) |
            | release | [Y](../2021/y.md) |

            A note[^1].

            [^1]: See [the other release](/news/2021/y.md#details).
            """;
        using var site = TestSite.Create(TestSite.Basics.Replace("https://news.example.org/", "https://example.org/portal/", StringComparison.Ordinal)
            + Release.File("2020/x.md", "title: X\ndate: 2020-12-02", Body)
            + Release.File("2021/y.md", "title: Y\ndate: 2021-01-05\nslug: why"));
        site.BuildOk();
        var links = site.Html("news/2020/x/index.html").QuerySelectorAll(".prose a:not(.footnote-ref):not(.footnote-back-ref)").Select(a => a.GetAttribute("href"));

        Assert.That(links, Is.EqualTo(new[] { "/portal/about/", "/portal/news/2021/why/", "/portal/news/2021/why/#details" }));
    }
}
