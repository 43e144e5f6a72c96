using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Feeds;

/// <summary>The RSS 2.0 feeds beside the Atom ones: the site's, and one per partner and per topic, as a feed reader loads them.</summary>
public sealed class RssFeedTests() : BuiltSiteTests(FeedSite.Files)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    private XElement Channel(string path) => XDocument.Parse(Built.Read(path)).Root!.Element("channel")!;

    private static IEnumerable<XElement> Items(XElement channel) => channel.Elements("item");

    private static XElement Item(XElement channel, string title) => Items(channel).Single(i => i.Element("title")!.Value == title);

    [Test]
    public void Every_rss_feed_loads_in_a_real_feed_parser()
    {
        var paths = Built.OutputPaths.Where(p => p.EndsWith("rss.xml", StringComparison.Ordinal)).ToList();

        Assert.That(paths, Is.EquivalentTo(new[] { "rss.xml", "partners/nec/rss.xml", "partners/mpi-is/rss.xml", "partners/uni-tuebingen/rss.xml", "topics/ai/rss.xml", "topics/start-ups/rss.xml" }));
        foreach (var path in paths)
        {
            using var reader = XmlReader.Create(new MemoryStream(Built.Bytes(path)!));
            var formatter = new Rss20FeedFormatter();

            Assert.That(formatter.CanRead(reader), Is.True, path);
            formatter.ReadFrom(reader);
            Assert.That(formatter.Feed.Title.Text, Does.StartWith("Test Portal"), path);
        }
    }

    [Test]
    public void A_feed_reader_sees_the_newest_releases_with_their_links_dates_and_authors()
    {
        using var reader = XmlReader.Create(new MemoryStream(Built.Bytes("rss.xml")!));
        var feed = SyndicationFeed.Load(reader);
        var newest = feed.Items.First();

        Assert.Multiple(() =>
        {
            Assert.That(feed.Items.Select(i => i.Title.Text), Is.EqualTo(new[] { "Newest <news> & more", "Middle" }));
            Assert.That(feed.Language, Is.EqualTo("en"));
            Assert.That(newest.Links.Single(l => l.RelationshipType == "alternate").Uri, Is.EqualTo(new Uri("https://news.example.org/news/2021/newest/")));
            Assert.That(newest.PublishDate, Is.EqualTo(new DateTimeOffset(2021, 6, 15, 0, 0, 0, TimeSpan.Zero)));
            Assert.That(newest.Categories.Select(c => c.Name), Is.EqualTo(new[] { "Artificial intelligence" }));
            Assert.That(((TextSyndicationContent)newest.Summary).Text, Does.Contain("<strong>bold</strong>"));
        });
    }

    [Test]
    public void Channel_names_itself_its_page_its_language_and_its_newest_change()
    {
        var channel = Channel("rss.xml");
        var self = channel.Element(Atom + "link")!;

        Assert.Multiple(() =>
        {
            Assert.That(channel.Parent!.Attribute("version")!.Value, Is.EqualTo("2.0"));
            Assert.That(channel.Element("title")!.Value, Is.EqualTo("Test Portal"));
            Assert.That(channel.Element("link")!.Value, Is.EqualTo("https://news.example.org/"));
            Assert.That(channel.Element("description")!.Value, Is.EqualTo("Releases of the test consortium."));
            Assert.That(channel.Element("language")!.Value, Is.EqualTo("en"));
            Assert.That(channel.Element("lastBuildDate")!.Value, Is.EqualTo("Thu, 01 Jul 2021 10:00:00 +0200"));
            Assert.That((self.Attribute("rel")!.Value, self.Attribute("href")!.Value, self.Attribute("type")!.Value), Is.EqualTo(("self", "https://news.example.org/rss.xml", "application/rss+xml")));
        });
    }

    [Test]
    public void Items_have_unique_permalink_guids_rfc822_dates_and_a_creator()
    {
        var channel = Channel("rss.xml");
        var newest = Item(channel, "Newest <news> & more");
        var middle = Item(channel, "Middle");
        var guids = Items(channel).Select(i => i.Element("guid")!).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(guids.Select(g => g.Attribute("isPermaLink")!.Value), Is.All.EqualTo("true"));
            Assert.That(guids.Select(g => g.Value), Is.Unique);
            Assert.That(guids[0].Value, Is.EqualTo(newest.Element("link")!.Value));
            Assert.That(middle.Element("pubDate")!.Value, Is.EqualTo("Wed, 02 Dec 2020 09:00:00 +0100"));
            Assert.That(newest.Element("pubDate")!.Value, Is.EqualTo("Tue, 15 Jun 2021 00:00:00 +0000"));
            Assert.That(Items(channel).Select(i => i.Element("pubDate")!.Value), Has.All.Match(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d [+-]\d{4}$"));
            Assert.That(newest.Element(DublinCore + "creator")!.Value, Is.EqualTo("Jane Press"));
            Assert.That(middle.Element(DublinCore + "creator")!.Value, Is.EqualTo("Test Portal"), "without an author the site is credited, as in Atom");
        });
    }

    [Test]
    public void Lead_image_beside_the_release_is_an_enclosure_with_its_length_in_bytes_and_type()
    {
        var enclosure = Item(Channel("rss.xml"), "Newest <news> & more").Element("enclosure")!;

        Assert.Multiple(() =>
        {
            Assert.That(enclosure.Attribute("url")!.Value, Is.EqualTo("https://news.example.org/news/2021/lead.jpg"));
            Assert.That(long.Parse(enclosure.Attribute("length")!.Value, CultureInfo.InvariantCulture), Is.EqualTo(Built.Bytes("news/2021/lead.jpg")!.Length).And.GreaterThan(0));
            Assert.That(enclosure.Attribute("type")!.Value, Is.EqualTo("image/jpeg"));
        });
    }

    [Test]
    public void Lead_image_on_another_host_is_an_enclosure_of_unknown_length()
    {
        var enclosure = Item(Channel("rss.xml"), "Middle").Element("enclosure")!;

        Assert.That(
            (enclosure.Attribute("url")!.Value, enclosure.Attribute("length")!.Value, enclosure.Attribute("type")!.Value),
            Is.EqualTo(("https://images.example.com/photos/middle.png", "0", "image/png")));
    }

    [Test]
    public void Release_without_a_lead_image_has_no_enclosure()
    {
        Assert.That(Item(Channel("partners/nec/rss.xml"), "Oldest").Element("enclosure"), Is.Null);
    }

    [Test]
    public void Partner_and_topic_feeds_hold_only_their_releases_up_to_feed_size()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Items(Channel("partners/nec/rss.xml")).Select(i => i.Element("title")!.Value), Is.EqualTo(new[] { "Middle", "Oldest" }));
            Assert.That(Items(Channel("topics/ai/rss.xml")).Select(i => i.Element("title")!.Value), Is.EqualTo(new[] { "Newest <news> & more", "Oldest" }));
            Assert.That(Channel("partners/nec/rss.xml").Element("link")!.Value, Is.EqualTo("https://news.example.org/partners/nec/"));
            Assert.That(Items(Channel("partners/uni-tuebingen/rss.xml")), Is.Empty);
        });
    }

    [Test]
    public void Texts_are_escaped_as_xml_text()
    {
        var xml = Built.Read("rss.xml");

        Assert.Multiple(() =>
        {
            Assert.That(xml, Does.Contain("<title>Newest &lt;news&gt; &amp; more</title>"));
            Assert.That(xml, Does.Contain("&lt;strong&gt;bold&lt;/strong&gt;"));
        });
    }
}
