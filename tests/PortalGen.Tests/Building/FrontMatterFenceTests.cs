using System.Text;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Building;

/// <summary>Where the front matter ends and the body begins, at the edges of a file: fences with nothing between, after, or around them.</summary>
public sealed class FrontMatterFenceTests
{
    private static TestSite Create(string release)
    {
        var site = TestSite.Create(TestSite.Basics);
        site.WriteFile("content/news/2020/x.md", Encoding.UTF8.GetBytes(release));
        return site;
    }

    [Test]
    public void A_file_that_ends_on_its_closing_fence_is_a_release_without_a_body()
    {
        using var site = Create("---\ntitle: Fence last\ndate: 2020-12-02\n---");
        var result = site.BuildOk();
        var page = site.Html("news/2020/x/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.Empty);
            Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("Fence last"));
            Assert.That(page.QuerySelector(".prose")?.TextContent.Trim() ?? "", Is.Empty);
        });
    }

    [Test]
    public void Fences_with_nothing_between_them_are_an_empty_front_matter()
    {
        using var site = Create("---\n---\nBody.\n");
        var result = site.Build();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/news/2020/x.md:1:1: error: the file has no 'title' (add a line such as 'title: \"NEC and Cyber Valley sign MoU\"' to the front matter)",
            "content/news/2020/x.md:1:1: error: the release has no 'date' (add a line such as 'date: 2020-12-02' to the front matter)",
        }));
    }

    [Test]
    public void Fences_may_carry_trailing_spaces_and_yaml_may_close_with_dots()
    {
        using var site = Create("--- \t\ntitle: Dots\ndate: 2020-12-02\n...  \nThe *first* line of the body.\n");
        var result = site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.Empty);
            Assert.That(site.Html("news/2020/x/index.html").QuerySelector(".lead")!.TextContent, Is.EqualTo("The first line of the body."));
        });
    }

    [Test]
    public void A_body_error_is_reported_at_its_line_in_the_file()
    {
        using var site = Create("+++\r\ntitle = \"Toml\"\r\ndate = 2020-12-02\r\n+++\r\n\r\nText with <b>markup</b>.\r\n");
        var result = site.BuildOk();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/news/2020/x.md:6:11: warning: raw HTML is left out of the page (write it in Markdown, or set 'unsafe_html: true' in site.yml if every author is trusted)",
            "content/news/2020/x.md:6:20: warning: raw HTML is left out of the page (write it in Markdown, or set 'unsafe_html: true' in site.yml if every author is trusted)",
        }));
    }

    [Test]
    public void A_body_may_begin_with_a_rule_right_after_the_closing_fence()
    {
        using var site = Create("---\ntitle: Rule\ndate: 2020-12-02\n---\n---\n\nAfter the rule.\n");
        var result = site.BuildOk();
        var prose = site.Html("news/2020/x/index.html").QuerySelector(".prose")!;

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.Empty);
            Assert.That(prose.Children.Select(child => child.LocalName), Is.EqualTo(new[] { "hr", "p" }));
            Assert.That(prose.QuerySelector("p")!.TextContent, Is.EqualTo("After the rule."));
        });
    }

    [Test]
    public void A_body_may_begin_with_a_grid_table_right_after_a_toml_fence()
    {
        using var site = Create("+++\ntitle = \"Grid\"\ndate = 2020-12-02\n+++\n+---+---+\n| a | b |\n+===+===+\n| 1 | 2 |\n+---+---+\n");
        var result = site.BuildOk();
        var page = site.Html("news/2020/x/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.Empty);
            Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("Grid"));
            Assert.That(page.QuerySelectorAll(".prose table td").Select(cell => cell.TextContent.Trim()), Is.EqualTo(new[] { "1", "2" }));
        });
    }
}
