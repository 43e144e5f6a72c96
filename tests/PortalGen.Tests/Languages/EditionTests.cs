using System.Xml.Linq;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Languages;

/// <summary>Each language is a whole edition: its own pages, indexes, feeds and search index, in its own words and dates.</summary>
public sealed class EditionTests() : BuiltSiteTests(ThreeLanguages.Site())
{
    private static readonly string[] Indexes =
    [
        "404.html", "feed.json", "feed.xml", "index.html", "news/index.html", "rss.xml",
        "partners/index.html", "partners/nec/feed.json", "partners/nec/feed.xml", "partners/nec/index.html", "partners/nec/latest.json", "partners/nec/rss.xml",
        "partners/uni-tuebingen/feed.json", "partners/uni-tuebingen/feed.xml", "partners/uni-tuebingen/index.html", "partners/uni-tuebingen/latest.json", "partners/uni-tuebingen/rss.xml",
        "search-index.json", "search/index.html", "topics/ai/feed.json", "topics/ai/feed.xml", "topics/ai/index.html", "topics/ai/rss.xml", "topics/index.html",
    ];

    [Test]
    public void Each_language_has_every_index_and_exactly_the_releases_and_pages_written_in_it()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FilesOf(""), Is.EqualTo(Sorted(Indexes.Concat(
                ["_headers", "about/index.html", "news/2020/index.html", "news/2020/mou/index.html", "news/2022/english-only/index.html", "news/2022/index.html", "news-sitemap.xml", "robots.txt", "sitemap.xml",
                 "favicon.ico", "apple-touch-icon.png", "icon-192.png", "icon-512.png", "site.webmanifest"]))));
            Assert.That(FilesOf("de/"), Is.EqualTo(Sorted(Indexes.Concat(
                ["about/index.html", "news/2020/index.html", "news/2020/mou/index.html", "news/2021/index.html", "news/2021/tuebingen-labor/index.html"]))));
            Assert.That(FilesOf("ja/"), Is.EqualTo(Sorted(Indexes.Concat(
                ["news/2020/index.html", "news/2020/mou/index.html", "news/2023/index.html", "news/2023/データ/index.html"]))));
        });
    }

    [TestCase("", "en", "2 December 2020")]
    [TestCase("de/", "de", "2. Dezember 2020")]
    [TestCase("ja/", "ja", "2020年12月2日")]
    public void A_release_page_is_in_its_language_with_the_date_written_as_its_readers_write_it(string folder, string language, string date)
    {
        var page = Built.Html(folder + "news/2020/mou/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.DocumentElement.GetAttribute("lang"), Is.EqualTo(language));
            Assert.That(page.QuerySelector(".release__meta time")!.TextContent, Is.EqualTo(date));
            Assert.That(page.QuerySelector(".release__meta time")!.GetAttribute("datetime"), Is.EqualTo("2020-12-02T00:00:00+00:00"));
        });
    }

    [TestCase("")]
    [TestCase("de/")]
    [TestCase("ja/")]
    public void Every_language_dates_its_copyright_by_the_newest_release_of_the_whole_site(string folder)
    {
        // The Japanese release of 2023 is the newest; the English edition's newest is of 2022, the German one's of 2021.
        Assert.That(Built.Html(folder + "index.html").QuerySelector(".footer-imprint")!.TextContent, Does.Contain("© 2023"));
    }

    [Test]
    public void The_theme_speaks_the_language_of_the_page()
    {
        var german = Built.Html("de/news/2020/mou/index.html");
        var japanese = Built.Html("ja/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(german.QuerySelectorAll(".site-nav a").Select(a => a.TextContent), Is.EqualTo(new[] { "Meldungen", "Partner", "Themen", "Suche", "Über uns" }));
            Assert.That(german.QuerySelector(".skip-link")!.TextContent, Is.EqualTo("Zum Inhalt springen"));
            Assert.That(german.QuerySelectorAll(".release__footer h2").Select(h => h.TextContent), Is.EqualTo(new[] { "Partner", "Themen" }));
            Assert.That(german.Title, Is.EqualTo("NEC und Tübingen unterzeichnen Absichtserklärung – Testportal"));
            Assert.That(japanese.QuerySelector("h1")!.TextContent, Is.EqualTo("最新のお知らせ"));
            Assert.That(japanese.QuerySelectorAll(".site-nav a").Select(a => a.TextContent), Is.EqualTo(new[] { "ニュース", "パートナー", "トピック", "検索", "About" }));
        });
    }

    [Test]
    public void Links_on_a_language_page_stay_in_that_language()
    {
        var german = Built.Html("de/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(german.QuerySelectorAll(".card__title a").Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "/de/news/2021/tuebingen-labor/", "/de/news/2020/mou/" }));
            Assert.That(german.QuerySelector(".site-title")!.GetAttribute("href"), Is.EqualTo("/de/"));
            Assert.That(german.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), Is.EqualTo(Built.Html("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")), "assets are shared");
            Assert.That(Built.Html("ja/index.html").QuerySelector(".site-nav a[href='/about/']")?.GetAttribute("lang"), Is.EqualTo("en"), "a page without a translation is linked in the default language, and says so");
            Assert.That(german.QuerySelector(".site-nav a[href='/de/about/']")!.HasAttribute("lang"), Is.False);
        });
    }

    [Test]
    public void Registry_names_are_translated_and_fall_back_to_the_default_language()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Built.Html("de/partners/uni-tuebingen/index.html").QuerySelector("h1")!.TextContent, Is.EqualTo("Universität Tübingen"));
            Assert.That(Built.Html("ja/partners/uni-tuebingen/index.html").QuerySelector("h1")!.TextContent, Is.EqualTo("University of Tübingen"));
            Assert.That(Built.Html("de/partners/nec/index.html").QuerySelector("h1")!.TextContent, Is.EqualTo("NEC Laboratories Europe"));
            Assert.That(Built.Html("de/index.html").QuerySelectorAll(".chip").Select(c => c.TextContent), Does.Contain("Uni Tübingen"), "a short name without a German text is the default one");
            Assert.That(Built.Html("ja/topics/index.html").QuerySelector(".index-list__link")!.TextContent, Is.EqualTo("人工知能"));
            Assert.That(Built.Html("topics/index.html").QuerySelector(".index-list__link")!.TextContent, Is.EqualTo("Artificial intelligence"));
        });
    }

    [Test]
    public void Each_language_has_its_own_feed_of_its_own_releases()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(Built.Read("de/feed.xml")).Root!;

        Assert.Multiple(() =>
        {
            Assert.That(feed.Attribute(XNamespace.Xml + "lang")!.Value, Is.EqualTo("de"));
            Assert.That(feed.Element(atom + "title")!.Value, Is.EqualTo("Testportal"));
            Assert.That(feed.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value), Is.EqualTo(new[]
            {
                "https://news.example.org/de/news/2021/tuebingen-labor/",
                "https://news.example.org/de/news/2020/mou/",
            }));
            Assert.That(XDocument.Parse(Built.Read("de/topics/ai/feed.xml")).Root!.Element(atom + "title")!.Value, Is.EqualTo("Testportal: Künstliche Intelligenz"));
        });
    }

    [Test]
    public void Each_language_has_its_own_search_index_and_its_search_page_reads_it()
    {
        var releases = Built.SearchIndexReleases("ja/search-index.json");

        Assert.Multiple(() =>
        {
            Assert.That(releases.Select(r => r.GetProperty("url").GetString()), Is.EqualTo(new[] { "/ja/news/2023/データ/", "/ja/news/2020/mou/" }));
            Assert.That(releases[1].GetProperty("date").GetString(), Is.EqualTo("2020年12月2日"));
            Assert.That(releases[1].GetProperty("topics")[0].GetString(), Is.EqualTo("人工知能"));
            Assert.That(Built.Html("ja/search/index.html").QuerySelector("form")!.GetAttribute("data-index"), Is.EqualTo("/ja/search-index.json"));
            Assert.That(Built.Html("ja/search/index.html").QuerySelector("form")!.GetAttribute("data-none"), Is.EqualTo("「{query}」に一致するお知らせはありません。"));
        });
    }

    [Test]
    public void Slugs_transliterate_german_letters_and_keep_japanese_ones_as_an_iri()
    {
        var japaneseHome = Built.Html("ja/index.html");
        var sitemap = Built.Read("sitemap.xml");

        Assert.Multiple(() =>
        {
            Assert.That(Built.Exists("de/news/2021/tuebingen-labor/index.html"), Is.True);
            Assert.That(japaneseHome.QuerySelector(".card__title a")!.GetAttribute("href"), Is.EqualTo("/ja/news/2023/データ/"));
            Assert.That(sitemap, Does.Contain("<loc>https://news.example.org/ja/news/2023/%E3%83%87%E3%83%BC%E3%82%BF/</loc>"), "percent-encoded where a URI is required");
            Assert.That(Built.Html("ja/news/2023/データ/index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Is.EqualTo("https://news.example.org/ja/news/2023/%E3%83%87%E3%83%BC%E3%82%BF/"));
        });
    }

    [Test]
    public void The_language_switcher_leads_to_the_translation_or_else_to_that_languages_home()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Switcher("de/news/2020/mou/index.html"), Is.EqualTo(new[] { "English /news/2020/mou/", "Deutsch /de/news/2020/mou/ current", "日本語 /ja/news/2020/mou/" }));
            Assert.That(Switcher("de/news/2021/tuebingen-labor/index.html"), Is.EqualTo(new[] { "English /", "Deutsch /de/news/2021/tuebingen-labor/ current", "日本語 /ja/" }));
            Assert.That(Switcher("partners/index.html"), Is.EqualTo(new[] { "English /partners/ current", "Deutsch /de/partners/", "日本語 /ja/partners/" }));
            Assert.That(Built.Html("index.html").QuerySelector(".language-switcher")!.GetAttribute("aria-label"), Is.EqualTo("Language"));
            Assert.That(Built.Html("index.html").QuerySelector(".language-switcher a[lang=ja]")!.GetAttribute("hreflang"), Is.EqualTo("ja"));
        });
    }

    private List<string> Switcher(string file) =>
        [.. Built.Html(file).QuerySelectorAll(".site-header .language-switcher a")
            .Select(a => $"{a.TextContent} {a.GetAttribute("href")}{(a.HasAttribute("aria-current") ? " current" : "")}")];

    private List<string> FilesOf(string folder)
    {
        return Sorted(Built.OutputPaths
            .Where(file => file.StartsWith(folder, StringComparison.Ordinal))
            .Select(file => file[folder.Length..].TrimStart('/'))
            .Where(file => !file.StartsWith("assets/", StringComparison.Ordinal))
            .Where(file => folder.Length > 0 || !(file.StartsWith("de/", StringComparison.Ordinal) || file.StartsWith("ja/", StringComparison.Ordinal))));
    }

    private static List<string> Sorted(IEnumerable<string> files) => [.. files.Order(StringComparer.Ordinal)];
}
