using PortalGen.Tests.Support;

namespace PortalGen.Tests.Portal;

/// <summary>/news/ lists the years; /news/YYYY/ lists one year's releases.</summary>
public sealed class YearArchiveTests() : BuiltSiteTests(Site)
{
    // "new-year" is later than "eve" in UTC, yet its own date (and URL) says 2021: the archive follows the URL.
    private static readonly string Site = TestSite.Basics
        + Release.Listed("spring", "2019-04-08")
        + Release.Listed("summer", "2020-06-15")
        + Release.Listed("autumn", "2020-10-01")
        + Release.Listed("eve", "2020-12-31T23:45:00Z")
        + Release.Listed("new-year", "2021-01-01T00:30:00+01:00");

    [Test]
    public void Archive_lists_the_years_newest_first_with_their_counts()
    {
        var entries = Built.Html("news/index.html").QuerySelectorAll(".index-list__item").Select(item => (
            Year: item.QuerySelector("a")!.TextContent,
            Href: item.QuerySelector("a")!.GetAttribute("href"),
            Count: item.QuerySelector(".count")!.TextContent));

        Assert.That(entries, Is.EqualTo(new[]
        {
            ("2021", "/news/2021/", "1 release"),
            ("2020", "/news/2020/", "3 releases"),
            ("2019", "/news/2019/", "1 release"),
        }));
    }

    [TestCase(2021, new[] { "new-year" })]
    [TestCase(2020, new[] { "eve", "autumn", "summer" })]
    [TestCase(2019, new[] { "spring" })]
    public void Year_page_lists_that_years_releases_newest_first(int year, string[] titles)
    {
        var page = Built.Html($"news/{year}/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo($"Releases of {year}"));
            Assert.That(page.QuerySelectorAll(".card__title a").Select(a => a.TextContent), Is.EqualTo(titles));
            Assert.That(page.QuerySelectorAll(".pagination"), Is.Empty, "a year is not paged");
        });
    }

    [Test]
    public void Years_without_releases_have_no_page()
    {
        Assert.That(Built.Exists("news/2018/index.html"), Is.False);
    }

    [Test]
    public void Home_links_to_the_archive()
    {
        var link = Built.Html("index.html").QuerySelector(".more-link a")!;

        Assert.That(link.GetAttribute("href"), Is.EqualTo("/news/"));
    }
}
