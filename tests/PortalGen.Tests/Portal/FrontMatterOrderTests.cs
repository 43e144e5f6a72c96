using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Portal;

/// <summary>
/// A release's partners and topics appear in the order its front matter lists them (the lead partner first), never
/// sorted, wherever they are shown: the release page, its card, the feeds, JSON-LD and the search index.
/// </summary>
public sealed class FrontMatterOrderTests() : BuiltSiteTests(Site)
{
    // Neither order is the ids' or the names' dictionary order (mpi-is, nec, uni-tuebingen; ai, start-ups).
    private const string Site = TestSite.Basics + """
        -- content/news/2020/x.md --
        ---
        title: X
        date: 2020-12-02
        partners: [nec, mpi-is, uni-tuebingen]
        topics: [start-ups, ai]
        ---
        Body.

        """;

    private static readonly string[] PartnerNames = ["NEC Laboratories Europe", "Max Planck Institute for Intelligent Systems", "University of Tübingen"];

    private static readonly string[] PartnerShortNames = ["NEC Labs", "MPI-IS", "University of Tübingen"];

    private static readonly string[] TopicIds = ["start-ups", "ai"];

    private static readonly string[] TopicNames = ["Start-ups", "Artificial intelligence"];

    private static string[] Texts(IEnumerable<IElement> elements) => [.. elements.Select(e => e.TextContent.Trim())];

    [Test]
    public void The_release_page_lists_partners_and_topics_in_front_matter_order()
    {
        var page = Built.Html("news/2020/x/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(Texts(page.QuerySelectorAll(".partner-list li")), Is.EqualTo(PartnerNames));
            Assert.That(Texts(page.QuerySelectorAll("article footer ul.chips li")), Is.EqualTo(TopicNames));
        });
    }

    [TestCase("index.html")]
    [TestCase("news/2020/index.html")]
    [TestCase("topics/ai/index.html")]
    public void A_card_lists_partners_in_front_matter_order(string listPage)
    {
        var card = Built.Html(listPage).QuerySelector("article.card")!;

        Assert.That(Texts(card.QuerySelectorAll(".chip")), Is.EqualTo(PartnerShortNames));
    }

    [TestCase("feed.xml")]
    [TestCase("partners/nec/feed.xml")]
    [TestCase("topics/ai/feed.xml")]
    public void A_feed_entry_lists_topics_in_front_matter_order(string feed)
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entry = XDocument.Parse(Built.Read(feed)).Root!.Element(atom + "entry")!;

        Assert.That(entry.Elements(atom + "category").Select(c => c.Attribute("term")!.Value), Is.EqualTo(TopicIds));
    }

    [Test]
    public void Json_ld_mentions_partners_and_is_about_topics_in_front_matter_order()
    {
        var script = Built.Html("news/2020/x/index.html").QuerySelector("script[type='application/ld+json']")!;
        using var json = JsonDocument.Parse(script.TextContent);

        Assert.Multiple(() =>
        {
            Assert.That(json.RootElement.GetProperty("mentions").EnumerateArray().Select(p => p.GetProperty("name").GetString()), Is.EqualTo(PartnerNames));
            Assert.That(json.RootElement.GetProperty("about").EnumerateArray().Select(t => t.GetProperty("name").GetString()), Is.EqualTo(TopicNames));
        });
    }

    [Test]
    public void The_search_index_lists_partners_and_topics_in_front_matter_order()
    {
        var release = Built.SearchIndexReleases().Single();

        Assert.Multiple(() =>
        {
            Assert.That(release.GetProperty("partners").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[] { "NEC Laboratories Europe (NEC Labs)", "Max Planck Institute for Intelligent Systems (MPI-IS)", "University of Tübingen" }));
            Assert.That(release.GetProperty("topics").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(TopicNames));
        });
    }
}
