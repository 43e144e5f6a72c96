using PortalGen.Tests.Support;

namespace PortalGen.Tests.Building;

/// <summary>
/// Without a summary, a body that starts with a paragraph lends it to the release page as its lead: shown there
/// once, whole and with its links, and not again as the body's first paragraph. A body that starts with anything
/// else lends nothing, and the card and the page then show no teaser at all rather than an empty one.
/// </summary>
public sealed class LeadParagraphTests
{
    private const string Release = "news/2021/x/index.html";

    [Test]
    public void The_lead_paragraph_is_shown_as_the_lead_and_not_again_in_the_body()
    {
        using var site = Build("""
            The *lead* paragraph, with [a link](https://example.org/).

            The second paragraph.
            """);

        var page = site.Html(Release);
        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector(".lead")!.InnerHtml, Is.EqualTo("The <em>lead</em> paragraph, with <a href=\"https://example.org/\">a link</a>."));
            Assert.That(page.QuerySelector(".prose p")!.TextContent, Is.EqualTo("The second paragraph."));
            Assert.That(page.QuerySelector("main")!.TextContent.Split("The lead paragraph").Length - 1, Is.EqualTo(1), "the lead's text once on the page");
        });
    }

    [Test]
    public void A_long_lead_paragraph_is_shown_whole_on_its_page_though_cut_on_cards()
    {
        var lead = string.Join(' ', Enumerable.Repeat("Robots learn to walk.", 20));
        using var site = Build(lead);

        Assert.Multiple(() =>
        {
            Assert.That(site.Html(Release).QuerySelector(".lead")!.TextContent, Is.EqualTo(lead));
            Assert.That(site.Html("index.html").QuerySelector(".card__summary")!.TextContent, Does.EndWith("\u2026").And.Length.LessThan(lead.Length));
        });
    }

    [TestCase("- [Report (PDF)](https://example.org/report.pdf)\n- [Photos](https://example.org/photos.zip)", TestName = "A_list_first_lends_no_summary")]
    [TestCase("## Background", TestName = "A_heading_first_lends_no_summary")]
    [TestCase("![Robots at work](https://example.org/robots.png)", TestName = "A_photo_alone_first_lends_no_summary")]
    [TestCase("| a | b |\n|---|---|\n| 1 | 2 |", TestName = "A_table_first_lends_no_summary")]
    [TestCase("```\ncode\n```", TestName = "A_code_block_first_lends_no_summary")]
    public void A_body_that_starts_with_another_block_lends_no_summary_and_keeps_its_paragraph(string firstBlock)
    {
        using var site = Build(firstBlock + "\n\nA paragraph after it.");

        var page = site.Html(Release);
        Assert.Multiple(() =>
        {
            Assert.That(site.Html("index.html").QuerySelector(".card__summary"), Is.Null, "no empty teaser on the card");
            Assert.That(page.QuerySelector(".lead"), Is.Null, "no empty standfirst");
            Assert.That(page.QuerySelector(".prose")!.TextContent, Does.Contain("A paragraph after it."));
        });
    }

    [Test]
    public void A_summary_in_the_front_matter_leaves_the_body_whole()
    {
        using var site = TestSite.Create(TestSite.Basics + """
            -- content/news/2021/x.md --
            ---
            title: X
            date: 2021-06-15
            summary: The editor's own words.
            ---
            The first paragraph.
            """);
        site.BuildOk();

        var page = site.Html(Release);
        Assert.That(page.QuerySelector(".lead")!.TextContent, Is.EqualTo("The editor's own words."));
        Assert.That(page.QuerySelector(".prose p")!.TextContent, Is.EqualTo("The first paragraph."));
    }

    [Test]
    public void Feeds_keep_the_lead_paragraph_in_the_body()
    {
        using var site = Build("The lead paragraph.\n\nThe second paragraph.");

        Assert.That(site.Read("feed.xml"), Does.Contain("&lt;p&gt;The lead paragraph.&lt;/p&gt;"));
    }

    [Test]
    public void A_link_to_another_release_in_the_lead_paragraph_gets_its_address()
    {
        using var site = TestSite.Create(TestSite.Basics + """
            -- content/news/2021/x.md --
            ---
            title: X
            date: 2021-06-15
            ---
            It follows [the first release](../2020/first.md).
            -- content/news/2020/first.md --
            ---
            title: First
            date: 2020-06-15
            summary: The first.
            ---
            Body.
            """);
        site.BuildOk();

        Assert.That(site.Html(Release).QuerySelector(".lead a")!.GetAttribute("href"), Is.EqualTo("/news/2020/first/"));
    }

    private static TestSite Build(string body)
    {
        var site = TestSite.Create(TestSite.Basics + $"""
            -- content/news/2021/x.md --
            ---
            title: X
            date: 2021-06-15
            ---
            {body}
            """);
        site.BuildOk();
        return site;
    }
}
