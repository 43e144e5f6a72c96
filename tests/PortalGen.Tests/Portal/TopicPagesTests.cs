using PortalGen.Tests.Support;

namespace PortalGen.Tests.Portal;

/// <summary>The topic index and each topic's own page.</summary>
public sealed class TopicPagesTests() : BuiltSiteTests(Site)
{
    private static readonly string Site = """
        -- content/site.yml --
        title: Test Portal
        base_url: https://news.example.org/
        -- content/partners.yml --
        - id: uni
          name: University of Example
          kind: science
        -- content/topics.yml --
        - id: robots
          name: Robotics
          description: Machines that move.
        - id: ai
          name: Artificial intelligence
        - id: quiet
          name: Quiet topic
        """
        + Release.Listed("first", "2020-01-01", topics: "ai")
        + Release.Listed("second", "2021-01-01", topics: "ai, robots")
        + Release.Listed("third", "2022-01-01", topics: "ai");

    [TestCase("robots", "Robotics")]
    [TestCase("ai", "Artificial intelligence")]
    [TestCase("quiet", "Quiet topic")]
    public void Every_topic_of_the_registry_has_its_page(string id, string name)
    {
        var page = Built.Html($"topics/{id}/index.html");

        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo(name));
    }

    [Test]
    public void Topic_index_lists_every_topic_in_registry_order_with_its_count_and_description()
    {
        var entries = Built.Html("topics/index.html").QuerySelectorAll(".index-list__item").Select(item => (
            Name: item.QuerySelector("a")!.TextContent,
            Href: item.QuerySelector("a")!.GetAttribute("href"),
            Count: item.QuerySelector(".count")!.TextContent,
            Description: item.QuerySelector(".index-list__description")?.TextContent));

        Assert.That(entries, Is.EqualTo(new[]
        {
            ("Robotics", "/topics/robots/", "1 release", "Machines that move."),
            ("Artificial intelligence", "/topics/ai/", "3 releases", null),
            ("Quiet topic", "/topics/quiet/", "0 releases", null),
        }));
    }

    [Test]
    public void Topic_page_lists_its_releases_newest_first_under_its_description()
    {
        var ai = Built.Html("topics/ai/index.html");
        var robots = Built.Html("topics/robots/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(ai.QuerySelectorAll(".card__title a").Select(a => a.TextContent), Is.EqualTo(new[] { "third", "second", "first" }));
            Assert.That(robots.QuerySelectorAll(".card__title a").Select(a => a.TextContent), Is.EqualTo(new[] { "second" }));
            Assert.That(robots.QuerySelector(".lead")!.TextContent, Is.EqualTo("Machines that move."));
        });
    }

    [Test]
    public void Topic_with_no_releases_still_has_its_page()
    {
        var page = Built.Html("topics/quiet/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector(".listing p")!.TextContent, Is.EqualTo("No releases yet."));
            Assert.That(page.QuerySelectorAll(".card"), Is.Empty);
        });
    }
}
