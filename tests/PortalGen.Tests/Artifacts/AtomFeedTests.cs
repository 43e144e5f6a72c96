using System.Xml.Linq;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Artifacts;

/// <summary>The Atom feeds a feed reader subscribes to: the site's, and one per partner and per topic.</summary>
public sealed class AtomFeedTests() : BuiltSiteTests(Site)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private const string Site = TestSite.Basics + """
        -- content/site.yml --
        title: Test Portal
        description: Releases of the test consortium.
        base_url: https://news.example.org/
        feed_size: 2
        -- content/news/2021/newest.md --
        ---
        title: Newest <news> & more
        date: 2021-06-15
        lastmod: 2021-07-01T10:00:00+02:00
        author: Jane Press
        partners: [mpi-is]
        topics: [ai]
        summary: The newest one.
        ---
        Body with **bold** text and a [chart](chart.png).
        -- content/news/2021/chart.png --
        (image 1600x1000)
        -- content/news/2020/middle.md --
        ---
        title: Middle
        date: 2020-12-02T09:00:00+01:00
        partners: [nec, mpi-is]
        topics: [start-ups]
        ---
        Middle body.
        -- content/news/2019/oldest.md --
        ---
        title: Oldest
        date: 2019-03-29
        partners: [nec]
        topics: [ai]
        ---
        Oldest body.
        """;

    private XElement Feed(string path) => XDocument.Parse(Built.Read(path)).Root!;

    private static IEnumerable<string> EntryTitles(XElement feed) =>
        feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value);

    [Test]
    public void Site_feed_holds_the_newest_releases_newest_first_up_to_feed_size()
    {
        var feed = Feed("feed.xml");

        Assert.That(EntryTitles(feed), Is.EqualTo(new[] { "Newest <news> & more", "Middle" }));
    }

    [Test]
    public void Site_feed_names_itself_its_page_and_its_newest_change()
    {
        var feed = Feed("feed.xml");

        Assert.Multiple(() =>
        {
            Assert.That(feed.Name, Is.EqualTo(Atom + "feed"));
            Assert.That(feed.Element(Atom + "id")!.Value, Is.EqualTo("https://news.example.org/feed.xml"));
            Assert.That(feed.Element(Atom + "title")!.Value, Is.EqualTo("Test Portal"));
            Assert.That(feed.Element(Atom + "subtitle")!.Value, Is.EqualTo("Releases of the test consortium."));
            Assert.That(Link(feed, "self"), Is.EqualTo("https://news.example.org/feed.xml"));
            Assert.That(Link(feed, "alternate"), Is.EqualTo("https://news.example.org/"));
            Assert.That(feed.Element(Atom + "updated")!.Value, Is.EqualTo("2021-07-01T10:00:00+02:00"));
        });
    }

    [Test]
    public void Entry_holds_id_title_dates_author_link_summary_categories_and_full_html()
    {
        var entry = Feed("feed.xml").Element(Atom + "entry")!;
        var content = entry.Element(Atom + "content")!;

        Assert.Multiple(() =>
        {
            Assert.That(entry.Element(Atom + "id")!.Value, Is.EqualTo("https://news.example.org/news/2021/newest/"));
            Assert.That(Link(entry, "alternate"), Is.EqualTo("https://news.example.org/news/2021/newest/"));
            Assert.That(entry.Element(Atom + "published")!.Value, Is.EqualTo("2021-06-15T00:00:00+00:00"));
            Assert.That(entry.Element(Atom + "updated")!.Value, Is.EqualTo("2021-07-01T10:00:00+02:00"));
            Assert.That(entry.Element(Atom + "author")!.Element(Atom + "name")!.Value, Is.EqualTo("Jane Press"));
            Assert.That(entry.Element(Atom + "summary")!.Value, Is.EqualTo("The newest one."));
            Assert.That(entry.Elements(Atom + "category").Select(c => (c.Attribute("term")!.Value, c.Attribute("label")!.Value)), Is.EqualTo(new[] { ("ai", "Artificial intelligence") }));
            Assert.That(content.Attribute("type")!.Value, Is.EqualTo("html"));
            Assert.That(content.Value, Does.Contain("<strong>bold</strong>"));
            Assert.That(content.Value, Does.Contain("<a href=\"/news/2021/chart.png\">chart</a>"), "a file beside the release is linked where it is published");
            Assert.That(content.Attribute(XNamespace.Xml + "base")!.Value, Is.EqualTo("https://news.example.org/news/2021/newest/"), "relative links in the body resolve against the release");
        });
    }

    [Test]
    public void Entry_without_an_author_is_credited_to_the_site_and_updated_on_its_date()
    {
        var middle = Feed("feed.xml").Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == "Middle");

        Assert.Multiple(() =>
        {
            Assert.That(middle.Element(Atom + "author")!.Element(Atom + "name")!.Value, Is.EqualTo("Test Portal"));
            Assert.That(middle.Element(Atom + "updated")!.Value, Is.EqualTo("2020-12-02T09:00:00+01:00"));
        });
    }

    [Test]
    public void Partner_feed_holds_only_that_partners_releases()
    {
        var feed = Feed("partners/nec/feed.xml");

        Assert.Multiple(() =>
        {
            Assert.That(EntryTitles(feed), Is.EqualTo(new[] { "Middle", "Oldest" }));
            Assert.That(feed.Element(Atom + "title")!.Value, Is.EqualTo("Test Portal: NEC Laboratories Europe"));
            Assert.That(Link(feed, "self"), Is.EqualTo("https://news.example.org/partners/nec/feed.xml"));
            Assert.That(Link(feed, "alternate"), Is.EqualTo("https://news.example.org/partners/nec/"));
        });
    }

    [Test]
    public void Topic_feed_holds_only_that_topics_releases()
    {
        var feed = Feed("topics/ai/feed.xml");

        Assert.Multiple(() =>
        {
            Assert.That(EntryTitles(feed), Is.EqualTo(new[] { "Newest <news> & more", "Oldest" }));
            Assert.That(Link(feed, "alternate"), Is.EqualTo("https://news.example.org/topics/ai/"));
        });
    }

    [Test]
    public void Partner_and_topic_feeds_respect_feed_size_too()
    {
        Assert.That(EntryTitles(Feed("partners/mpi-is/feed.xml")), Is.EqualTo(new[] { "Newest <news> & more", "Middle" }));
    }

    [Test]
    public void Every_partner_and_topic_of_the_registries_has_a_feed_even_without_releases()
    {
        var empty = Feed("partners/uni-tuebingen/feed.xml");

        Assert.Multiple(() =>
        {
            Assert.That(Built.Exists("topics/start-ups/feed.xml"), Is.True);
            Assert.That(empty.Elements(Atom + "entry"), Is.Empty);
            Assert.That(empty.Element(Atom + "updated")!.Value, Is.EqualTo("2021-07-01T10:00:00+02:00"), "an empty feed takes the site's newest change, not the build time");
        });
    }

    [Test]
    public void Every_page_links_the_site_feed()
    {
        var link = Built.Html("news/2020/middle/index.html").QuerySelector("link[rel=alternate][type='application/atom+xml']")!;

        Assert.That(link.GetAttribute("href"), Is.EqualTo("/feed.xml"));
    }

    [Test]
    public void Feed_is_utf8_without_bom_with_lf_line_ends()
    {
        var bytes = Built.Bytes("feed.xml")!;

        Assert.Multiple(() =>
        {
            Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }));
            Assert.That(bytes, Does.Not.Contain((byte)'\r'));
            Assert.That(bytes[^1], Is.EqualTo((byte)'\n'));
        });
    }

    private static string Link(XElement parent, string rel) =>
        parent.Elements(Atom + "link").Single(l => l.Attribute("rel")!.Value == rel).Attribute("href")!.Value;
}
