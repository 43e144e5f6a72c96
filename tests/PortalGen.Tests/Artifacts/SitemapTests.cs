using System.Xml.Linq;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Artifacts;

/// <summary>sitemap.xml tells search engines about exactly the pages the build wrote.</summary>
public sealed class SitemapTests() : BuiltSiteTests(Site)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private const string Site = TestSite.Basics + """
        -- content/news/2021/later.md --
        ---
        title: Later
        date: 2021-06-15
        lastmod: 2021-07-01T10:00:00+02:00
        ---
        Body.
        -- content/news/2020/middle.md --
        ---
        title: Middle
        date: 2020-12-02T09:00:00+01:00
        ---
        Body.
        -- content/news/2019/earlier.md --
        ---
        title: Earlier
        date: 2019-03-29
        ---
        Body.
        -- content/pages/about.md --
        ---
        title: About
        ---
        About us.
        -- content/static/files/fact-sheet.pdf --
        not really a PDF
        """;

    private IEnumerable<XElement> Urls() => XDocument.Parse(Built.Read("sitemap.xml")).Root!.Elements(Sitemap + "url");

    [Test]
    public void Sitemap_lists_exactly_the_html_pages_written_except_the_404_page()
    {
        var written = Built.OutputPaths
            .Where(file => file.EndsWith(".html", StringComparison.Ordinal) && file != "404.html")
            .Select(file => "https://news.example.org/" + file[..^"index.html".Length])
            .Order(StringComparer.Ordinal);

        var listed = Urls().Select(url => url.Element(Sitemap + "loc")!.Value).Order(StringComparer.Ordinal);

        Assert.That(listed, Is.EqualTo(written));
    }

    [Test]
    public void Release_urls_carry_their_last_change()
    {
        var lastmod = Urls().ToDictionary(u => u.Element(Sitemap + "loc")!.Value, u => u.Element(Sitemap + "lastmod")?.Value);

        Assert.Multiple(() =>
        {
            Assert.That(lastmod["https://news.example.org/news/2021/later/"], Is.EqualTo("2021-07-01T10:00:00+02:00"));
            Assert.That(lastmod["https://news.example.org/news/2020/middle/"], Is.EqualTo("2020-12-02T09:00:00+01:00"));
            Assert.That(lastmod["https://news.example.org/news/2019/earlier/"], Is.EqualTo("2019-03-29"));
            Assert.That(lastmod["https://news.example.org/about/"], Is.Null);
        });
    }

    [Test]
    public void Robots_txt_allows_crawling_and_names_the_sitemap_by_its_absolute_url()
    {
        var lines = Built.Read("robots.txt").Split('\n');

        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("User-agent: *"));
            Assert.That(lines, Does.Contain("Sitemap: https://news.example.org/sitemap.xml"));
            Assert.That(lines.Where(l => l.StartsWith("Disallow:", StringComparison.Ordinal)).Where(l => l.Trim() != "Disallow:"), Is.Empty);
        });
    }
}
