using PortalGen.Tests.Languages;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Feeds;

/// <summary>Which feed formats a site writes (site.yml's <c>feeds:</c>), and how pages announce them to browsers and readers.</summary>
public sealed class FeedChoiceTests
{
    private const string Settings = """
        -- content/site.yml --
        title: Test Portal
        base_url: https://news.example.org/

        """;

    private static string Alternates(MemorySite site, string page) => string.Join("\n", site.Html(page)
        .QuerySelectorAll("head link[rel=alternate][type]")
        .Select(link => $"{link.GetAttribute("type")} {link.GetAttribute("href")} {link.GetAttribute("title")}"));

    [Test]
    public void By_default_every_page_links_the_sites_atom_rss_and_json_feeds()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease);

        Assert.Multiple(() =>
        {
            Assert.That(Alternates(site, "news/2020/x/index.html"), Is.EqualTo("""
                application/atom+xml /feed.xml Test Portal (Atom)
                application/rss+xml /rss.xml Test Portal (RSS)
                application/feed+json /feed.json Test Portal (JSON Feed)
                """.ReplaceLineEndings("\n")));
            Assert.That(new[] { "feed.xml", "rss.xml", "feed.json" }.All(site.Exists), Is.True);
        });
    }

    [Test]
    public void Partner_and_topic_pages_also_link_their_own_feeds_in_each_format()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease);

        Assert.Multiple(() =>
        {
            Assert.That(Alternates(site, "partners/nec/index.html"), Does.Contain("application/rss+xml /partners/nec/rss.xml NEC Laboratories Europe – Test Portal (RSS)"));
            Assert.That(Alternates(site, "partners/nec/index.html"), Does.Contain("application/feed+json /partners/nec/feed.json NEC Laboratories Europe – Test Portal (JSON Feed)"));
            Assert.That(Alternates(site, "topics/ai/index.html"), Does.Contain("application/atom+xml /topics/ai/feed.xml Artificial intelligence – Test Portal (Atom)"));
        });
    }

    [Test]
    public void A_site_that_lists_only_rss_writes_and_links_only_rss()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease + Settings + "feeds: [rss]\n");
        var footerFeed = site.Html("index.html").QuerySelector("footer a[href='/rss.xml']");

        Assert.Multiple(() =>
        {
            Assert.That(site.OutputPaths.Where(p => p.EndsWith("feed.xml", StringComparison.Ordinal) || p.EndsWith("feed.json", StringComparison.Ordinal)), Is.Empty);
            Assert.That(site.Exists("rss.xml") && site.Exists("partners/nec/rss.xml") && site.Exists("topics/ai/rss.xml"), Is.True);
            Assert.That(Alternates(site, "index.html"), Is.EqualTo("application/rss+xml /rss.xml Test Portal (RSS)"));
            Assert.That(footerFeed?.GetAttribute("type"), Is.EqualTo("application/rss+xml"), "the footer links the feed the site writes");
        });
    }

    [Test]
    public void Formats_are_linked_in_one_order_whatever_the_order_written()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease + Settings + "feeds: [json, atom]\n");

        Assert.That(Alternates(site, "index.html"), Is.EqualTo("application/atom+xml /feed.xml Test Portal (Atom)\napplication/feed+json /feed.json Test Portal (JSON Feed)"));
    }

    [Test]
    public void Unknown_feed_format_is_an_error_at_its_line_naming_the_closest_format()
    {
        var site = MemorySite.Build(TestSite.OneRelease + Settings + "feeds: [atom, rsss]\n");

        Assert.Multiple(() =>
        {
            Assert.That(site.Result.Outcome, Is.Not.EqualTo(BuildOutcome.Succeeded));
            Assert.That(TestSite.Lines(site.Result), Is.EqualTo(new[] { "content/site.yml:3:15: error: unknown feed format 'rsss' (did you mean 'rss'? The formats are atom, rss, json)" }));
        });
    }

    [Test]
    public void An_empty_list_of_feed_formats_is_an_error()
    {
        var site = MemorySite.Build(TestSite.OneRelease + Settings + "feeds: []\n");

        Assert.That(TestSite.Lines(site.Result), Is.EqualTo(new[] { "content/site.yml:3:8: error: 'feeds' names no format (list one or more of atom, rss, json, or leave 'feeds' out for all of them)" }));
    }

    [Test]
    public void Each_language_has_its_feeds_in_every_format_in_its_own_language()
    {
        var site = MemorySite.BuildOk(ThreeLanguages.Site());

        Assert.Multiple(() =>
        {
            Assert.That(site.Read("de/rss.xml"), Does.Contain("<language>de</language>").And.Contain("NEC und Tübingen unterzeichnen Absichtserklärung"));
            Assert.That(site.Read("de/feed.json"), Does.Contain("\"language\":\"de\"").And.Contain("\"feed_url\":\"https://news.example.org/de/feed.json\""));
            Assert.That(site.Exists("ja/topics/ai/rss.xml") && site.Exists("ja/partners/nec/feed.json"), Is.True);
            Assert.That(Alternates(site, "de/index.html"), Does.Contain("application/rss+xml /de/rss.xml"));
        });
    }

    [Test]
    [SetCulture("de-DE")]
    public void Rss_dates_are_in_english_whatever_the_machines_culture()
    {
        var site = MemorySite.BuildOk(FeedSite.Files);

        Assert.That(site.Read("rss.xml"), Does.Contain("<pubDate>Wed, 02 Dec 2020 09:00:00 +0100</pubDate>"));
    }

    [Test]
    public void Feeds_are_the_same_bytes_on_every_build()
    {
        var first = MemorySite.BuildOk(FeedSite.Files);
        var second = MemorySite.BuildOk(FeedSite.Files, settings => settings with { MaxParallelism = 1 });

        Assert.That(
            first.OutputPaths.Where(IsFeed).Select(p => Convert.ToHexString(first.Bytes(p)!)),
            Is.EqualTo(second.OutputPaths.Where(IsFeed).Select(p => Convert.ToHexString(second.Bytes(p)!))));
    }

    private static bool IsFeed(string path) =>
        path.EndsWith("feed.xml", StringComparison.Ordinal) || path.EndsWith("rss.xml", StringComparison.Ordinal) || path.EndsWith("feed.json", StringComparison.Ordinal);
}
