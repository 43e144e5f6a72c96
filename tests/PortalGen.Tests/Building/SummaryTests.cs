using PortalGen.Tests.Support;

namespace PortalGen.Tests.Building;

/// <summary>
/// A release's summary is its front matter's, else its lead paragraph's text; the parser makes the lead's text only
/// for a release whose front matter gives no summary, blank counting as none.
/// </summary>
public sealed class SummaryTests
{
    [Test]
    public void A_blank_summary_falls_back_to_the_lead_paragraph()
    {
        using var site = TestSite.Create(TestSite.Basics + """
            -- content/news/2021/blank.md --
            ---
            title: Blank summary
            date: 2021-06-15
            summary: "   "
            ---
            The *lead* paragraph stands in for a blank summary.

            A second paragraph.
            """);
        site.BuildOk();

        Assert.That(site.Html("index.html").QuerySelector(".card__summary")!.TextContent, Is.EqualTo("The lead paragraph stands in for a blank summary."));
    }

    [Test]
    public void A_summary_in_the_front_matter_is_shown_rather_than_the_lead_paragraph()
    {
        using var site = TestSite.Create(TestSite.Basics + """
            -- content/news/2021/given.md --
            ---
            title: Given summary
            date: 2021-06-15
            summary: The editor's own words.
            ---
            The lead paragraph.
            """);
        site.BuildOk();

        Assert.That(site.Html("index.html").QuerySelector(".card__summary")!.TextContent, Is.EqualTo("The editor's own words."));
    }
}
