using System.Xml.Linq;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Languages;

/// <summary>Search engines learn which pages are translations of each other from hreflang links, in the head and in the sitemap; both must agree and be reciprocal.</summary>
public sealed class HreflangTests() : BuiltSiteTests(ThreeLanguages.Site())
{
    private const string Host = "https://news.example.org/";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Test]
    public void A_translated_release_names_each_version_and_the_default_one_in_its_head()
    {
        Assert.That(HeadAlternates("ja/news/2020/mou/index.html"), Is.EqualTo(new[]
        {
            $"en {Host}news/2020/mou/",
            $"de {Host}de/news/2020/mou/",
            $"ja {Host}ja/news/2020/mou/",
            $"x-default {Host}news/2020/mou/",
        }));
    }

    [Test]
    public void A_page_in_one_language_only_has_no_alternates()
    {
        Assert.Multiple(() =>
        {
            Assert.That(HeadAlternates("de/news/2021/tuebingen-labor/index.html"), Is.Empty);
            Assert.That(HeadAlternates("news/2022/english-only/index.html"), Is.Empty);
        });
    }

    [Test]
    public void Every_alternate_in_a_head_links_back_to_the_page_that_names_it()
    {
        var pages = HtmlFiles().ToDictionary(file => Built.Html(file).QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? file, file => file);
        var checkedPairs = 0;
        foreach (var (canonical, file) in pages)
        {
            foreach (var alternate in HeadAlternates(file).Select(a => a.Split(' ')[1]).Where(url => url != canonical))
            {
                Assert.That(pages.ContainsKey(alternate), Is.True, $"{file} names {alternate}, which is not a page");
                Assert.That(HeadAlternates(pages[alternate]).Select(a => a.Split(' ')[1]), Does.Contain(canonical), $"{pages[alternate]} does not name {file} back");
                checkedPairs++;
            }
        }

        Assert.That(checkedPairs, Is.GreaterThan(50), "the site has many translated pages (every index, the release, About)");
    }

    [Test]
    public void The_sitemap_lists_every_page_of_every_language_with_the_alternates_of_its_head()
    {
        var urls = XDocument.Parse(Built.Read("sitemap.xml")).Root!.Elements(Sitemap + "url").ToList();
        var listed = urls.ToDictionary(url => url.Element(Sitemap + "loc")!.Value, url => url.Elements(Xhtml + "link").Select(l => $"{l.Attribute("hreflang")!.Value} {l.Attribute("href")!.Value}").ToList());
        var pages = HtmlFiles().Where(file => !file.EndsWith("404.html", StringComparison.Ordinal)).ToList();

        Assert.That(listed.Keys, Is.EquivalentTo(pages.Select(file => Built.Html(file).QuerySelector("link[rel=canonical]")!.GetAttribute("href"))));
        foreach (var file in pages)
        {
            var canonical = Built.Html(file).QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
            Assert.That(listed[canonical], Is.EqualTo(HeadAlternates(file)), file);
        }
    }

    [Test]
    public void The_sitemap_alternates_are_reciprocal_including_x_default()
    {
        var urls = XDocument.Parse(Built.Read("sitemap.xml")).Root!.Elements(Sitemap + "url").ToList();
        var home = urls.Single(url => url.Element(Sitemap + "loc")!.Value == $"{Host}de/");

        Assert.That(home.Elements(Xhtml + "link").Select(l => $"{l.Attribute("rel")!.Value} {l.Attribute("hreflang")!.Value} {l.Attribute("href")!.Value}"), Is.EqualTo(new[]
        {
            $"alternate en {Host}",
            $"alternate de {Host}de/",
            $"alternate ja {Host}ja/",
            $"alternate x-default {Host}",
        }));
    }

    private List<string> HeadAlternates(string file) =>
        [.. Built.Html(file).QuerySelectorAll("head link[rel=alternate][hreflang]").Select(l => $"{l.GetAttribute("hreflang")} {l.GetAttribute("href")}")];

    private IEnumerable<string> HtmlFiles() => Built.OutputPaths.Where(file => file.EndsWith(".html", StringComparison.Ordinal));
}
