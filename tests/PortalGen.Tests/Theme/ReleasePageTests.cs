using PortalGen.Tests.Support;

namespace PortalGen.Tests.Theme;

/// <summary>A release page reads as a press release: headline, standfirst, dateline, and share links that run no script.</summary>
public sealed class ReleasePageTests
{
    private const string Page = "news/2020/x/index.html";

    private static readonly string Site = TestSite.Basics + Release.File(
        "2020/x/index.md",
        "title: \"Robots & people\"\ndate: 2020-12-02\nlocation: Tübingen\nsummary: The standfirst.\nslug: x");

    [Test]
    public void The_dateline_names_the_place_then_the_date_below_the_headline_and_standfirst()
    {
        var page = MemorySite.BuildOk(Site).Html(Page);
        var header = page.QuerySelector(".release__header")!;

        Assert.Multiple(() =>
        {
            Assert.That(header.Children.Select(c => c.TagName + "." + c.ClassName), Is.EqualTo(new[] { "P.release__kicker", "H1.", "P.lead", "P.release__meta" }));
            Assert.That(header.QuerySelector(".release__meta")!.TextContent, Is.EqualTo("Tübingen – 2 December 2020"));
        });
    }

    [Test]
    public void Share_links_are_plain_links_carrying_the_encoded_title_and_permalink()
    {
        var page = MemorySite.BuildOk(Site).Html(Page);
        var links = page.QuerySelectorAll(".share a").Select(a => a.GetAttribute("href")!).ToList();
        const string Permalink = "https%3A%2F%2Fnews.example.org%2Fnews%2F2020%2Fx%2F";

        Assert.Multiple(() =>
        {
            Assert.That(links, Has.Count.EqualTo(4));
            Assert.That(links[0], Is.EqualTo("mailto:?subject=Robots%20%26%20people&body=" + Permalink));
            Assert.That(links.Skip(1), Has.All.StartWith("https://").And.Contain(Permalink));
            Assert.That(page.QuerySelectorAll("script[src]"), Is.Empty, "no third-party script");
        });
    }
}
