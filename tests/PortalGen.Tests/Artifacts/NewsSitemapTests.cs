using System.Xml.Linq;
using PortalGen.Settings;
using PortalGen.Tests.Languages;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Artifacts;

/// <summary>news-sitemap.xml for Google News: exactly the releases published in the 48 hours before the build's now.</summary>
public sealed class NewsSitemapTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";

    /// <summary>Releases around <see cref="TestSite.Now"/> (2026-11-27T12:00Z): in the window, at its edges and outside.</summary>
    private static readonly string Site = TestSite.Basics
        + Listed("just-now", TestSite.Now)
        + Listed("an-hour-ago", TestSite.Now.AddHours(-1), title: "An hour ago <&> more")
        + Listed("almost-two-days", TestSite.Now.AddHours(-48).AddSeconds(1))
        + Listed("two-days-ago", TestSite.Now.AddHours(-48))
        + Listed("last-week", TestSite.Now.AddDays(-7))
        + Listed("tomorrow", TestSite.Now.AddDays(1))
        + Listed("embargoed", TestSite.Now.AddHours(-2), $"embargo: {TestSite.Now.AddHours(3):yyyy-MM-dd'T'HH:mm:ss}+00:00")
        + Listed("a-draft", TestSite.Now.AddHours(-3), "draft: true");

    private static string Listed(string slug, DateTimeOffset date, string more = "", string? title = null) =>
        Release.File($"2026/{slug}.md", $"title: {title ?? slug}\ndate: {date:yyyy-MM-dd'T'HH:mm:ss}+00:00\n{more}".TrimEnd());

    private static XElement Root(MemorySite site) => XDocument.Parse(site.Read("news-sitemap.xml")).Root!;

    private static IEnumerable<string> Locations(MemorySite site) =>
        Root(site).Elements(Sitemap + "url").Select(url => url.Element(Sitemap + "loc")!.Value);

    [Test]
    public void Lists_exactly_the_releases_published_in_the_last_48_hours_newest_first()
    {
        var site = MemorySite.BuildOk(Site);

        Assert.That(Locations(site), Is.EqualTo(new[]
        {
            "https://news.example.org/news/2026/just-now/",
            "https://news.example.org/news/2026/an-hour-ago/",
            "https://news.example.org/news/2026/almost-two-days/",
        }));
    }

    [Test]
    public void Releases_shown_ahead_of_time_by_future_or_drafts_are_not_news()
    {
        var site = MemorySite.BuildOk(Site, settings => settings with { IncludeFuture = true, IncludeDrafts = true });

        Assert.Multiple(() =>
        {
            Assert.That(site.Exists("news/2026/tomorrow/index.html") && site.Exists("news/2026/a-draft/index.html"), Is.True);
            Assert.That(Locations(site), Has.Exactly(3).Items.And.None.Contains("tomorrow").And.None.Contains("embargoed").And.None.Contains("a-draft"));
        });
    }

    [Test]
    public void Each_entry_names_the_publication_its_language_date_and_title()
    {
        var news = Root(MemorySite.BuildOk(Site)).Elements(Sitemap + "url").ElementAt(1).Element(News + "news")!;

        Assert.Multiple(() =>
        {
            Assert.That(news.Element(News + "publication")!.Element(News + "name")!.Value, Is.EqualTo("Test Portal"));
            Assert.That(news.Element(News + "publication")!.Element(News + "language")!.Value, Is.EqualTo("en"));
            Assert.That(news.Element(News + "publication_date")!.Value, Is.EqualTo("2026-11-27T11:00:00+00:00"));
            Assert.That(news.Element(News + "title")!.Value, Is.EqualTo("An hour ago <&> more"));
        });
    }

    [Test]
    public void Moves_with_the_builds_clock()
    {
        // 46 hours on: tomorrow's release is out and news; the embargoed one (dated two hours before the first now) just left.
        var later = MemorySite.BuildOk(Site, settings => settings with { Clock = new FixedClock(TestSite.Now.AddHours(46)) });

        Assert.That(Locations(later), Is.EqualTo(new[] { "https://news.example.org/news/2026/tomorrow/", "https://news.example.org/news/2026/just-now/", "https://news.example.org/news/2026/an-hour-ago/" }));
    }

    [Test]
    public void Without_recent_releases_it_is_an_empty_valid_urlset()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease);
        var root = Root(site);

        Assert.Multiple(() =>
        {
            Assert.That(root.Name, Is.EqualTo(Sitemap + "urlset"));
            Assert.That(root.GetNamespaceOfPrefix("news"), Is.EqualTo(News));
            Assert.That(root.Elements(), Is.Empty);
        });
    }

    [Test]
    public void Releases_of_every_language_are_listed_with_their_own_publication_name_and_language()
    {
        var date = $"{TestSite.Now.AddHours(-5):yyyy-MM-dd'T'HH:mm:ss}+00:00";
        var site = MemorySite.BuildOk(ThreeLanguages.Site() + $"""

            -- content/news/2026/fresh.md --
            ---
            title: Fresh news
            date: {date}
            ---
            Body.
            -- content/news/2026/fresh.de.md --
            ---
            title: Frische Nachricht
            date: {date}
            ---
            Text.

            """);
        var publications = Root(site).Elements(Sitemap + "url").Select(url =>
        {
            var news = url.Element(News + "news")!;
            var publication = news.Element(News + "publication")!;
            return $"{url.Element(Sitemap + "loc")!.Value} {publication.Element(News + "name")!.Value} {publication.Element(News + "language")!.Value} {news.Element(News + "title")!.Value}";
        });

        Assert.That(publications, Is.EqualTo(new[]
        {
            "https://news.example.org/de/news/2026/fresh/ Testportal de Frische Nachricht",
            "https://news.example.org/news/2026/fresh/ Test Portal en Fresh news",
        }));
    }

    [Test]
    public void Robots_txt_names_the_sitemap_and_the_news_sitemap()
    {
        MemorySite.BuildOk(TestSite.OneRelease).AssertFileContent(
            "robots.txt",
            "Sitemap: https://news.example.org/sitemap.xml",
            "Sitemap: https://news.example.org/news-sitemap.xml");
    }

    [Test]
    public void Pages_allow_large_image_previews()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease);

        Assert.That(site.Html("news/2020/x/index.html").QuerySelector("meta[name=robots]")?.GetAttribute("content"), Is.EqualTo("max-image-preview:large"));
    }

    [TestCase("en", "en")]
    [TestCase("pt-BR", "pt")]
    [TestCase("zh-Hans", "zh-cn")]
    [TestCase("zh-TW", "zh-tw")]
    public void Language_is_written_as_google_news_asks(string siteLanguage, string written)
    {
        var site = MemorySite.BuildOk(TestSite.Basics + $"-- content/site.yml --\ntitle: T\nbase_url: https://news.example.org/\nlanguage: {siteLanguage}\n" + Listed("just-now", TestSite.Now));

        Assert.That(Root(site).Descendants(News + "language").Single().Value, Is.EqualTo(written));
    }
}
