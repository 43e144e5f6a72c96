using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Feeds;

/// <summary>The Atom feeds a feed reader subscribes to: the site's, and one per partner and per topic.</summary>
public sealed class AtomFeedTests() : BuiltSiteTests(FeedSite.Files)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private XElement Feed(string path) => XDocument.Parse(Built.Read(path)).Root!;

    private static IEnumerable<string> EntryTitles(XElement feed) =>
        feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value);

    [Test]
    public void Every_atom_feed_loads_in_a_real_feed_parser()
    {
        foreach (var path in Built.OutputPaths.Where(p => p.EndsWith("feed.xml", StringComparison.Ordinal)))
        {
            using var reader = XmlReader.Create(new MemoryStream(Built.Bytes(path)!));
            var formatter = new Atom10FeedFormatter();

            Assert.That(formatter.CanRead(reader), Is.True, path);
            formatter.ReadFrom(reader);
            Assert.That(formatter.Feed.Title.Text, Does.StartWith("Test Portal"), path);
        }

        using var site = XmlReader.Create(new MemoryStream(Built.Bytes("feed.xml")!));
        Assert.That(SyndicationFeed.Load(site).Items.Select(item => item.Title.Text), Is.EqualTo(new[] { "Newest <news> & more", "Middle" }));
    }

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
