using System.Text;
using System.Xml.Linq;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Portal;

/// <summary>
/// Scriban stops loops after 1,000 iterations and, since Scriban 7, cuts a page's output at 1 MiB with a
/// silent "...": the home page and a partner page listing 1,500 releases (some 1.5 MB each) and the sitemap must
/// render whole.
/// </summary>
public sealed class LargeArchiveTests
{
    private const int Releases = 1_500;

    [Test]
    public void Index_pages_of_fifteen_hundred_releases_and_the_sitemap_render_whole()
    {
        var files = new StringBuilder(TestSite.Basics.Replace("paginate: 2", $"paginate: {Releases}", StringComparison.Ordinal));
        for (var i = 0; i < Releases; i++)
        {
            var date = new DateTime(2010, 1, 1).AddDays(i);
            files.Append(Release.File($"{date:yyyy}/r{i:D4}.md", $"title: Release {i:D4}\ndate: {date:yyyy-MM-dd}\npartners: [nec]\ntopics: [ai]\nsummary: Summary of release {i:D4}, long enough to make a card of some size. {new string('s', 600)}"));
        }

        using var site = TestSite.Create(files.ToString());
        var result = site.BuildOk();
        var html = site.Read("partners/nec/index.html");
        var home = site.Read("index.html");
        var titles = site.Html("partners/nec/index.html").QuerySelectorAll(".card__title").Select(t => t.TextContent).ToList();
        XNamespace sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = XDocument.Parse(site.Read("sitemap.xml")).Descendants(sitemap + "loc").Select(l => l.Value).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.Empty);
            Assert.That(Encoding.UTF8.GetByteCount(html), Is.GreaterThan(1024 * 1024), "bigger than Scriban's default limit");
            Assert.That(html.TrimEnd(), Does.EndWith("</html>"));
            Assert.That(Encoding.UTF8.GetByteCount(home), Is.GreaterThan(1024 * 1024), "the home page too");
            Assert.That(site.Html("index.html").QuerySelectorAll(".card"), Has.Length.EqualTo(Releases));
            Assert.That(home.TrimEnd(), Does.EndWith("</html>"));
            Assert.That(titles, Has.Count.EqualTo(Releases));
            Assert.That(titles[0], Is.EqualTo($"Release {Releases - 1:D4}"), "newest first");
            Assert.That(titles[^1], Is.EqualTo("Release 0000"));
            Assert.That(urls.Count(u => u.Contains("/news/", StringComparison.Ordinal) && !u.EndsWith("/news/", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(Releases));
        });
    }
}
