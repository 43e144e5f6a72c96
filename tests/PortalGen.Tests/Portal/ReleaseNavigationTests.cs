using PortalGen.Tests.Support;

namespace PortalGen.Tests.Portal;

/// <summary>From a release page a reader reaches the older and newer release, its partners and its topics.</summary>
public sealed class ReleaseNavigationTests() : BuiltSiteTests(Site)
{
    private static readonly string Site = TestSite.Basics
        + """
        -- content/static/logos/nec.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>
        """
        + Release.Listed("oldest", "2019-01-01")
        + Release.Listed("middle", "2020-01-01", "nec, mpi-is", "ai, start-ups")
        + Release.Listed("newest", "2021-01-01");

    [Test]
    public void Release_page_links_to_the_older_and_the_newer_release_by_title()
    {
        var nav = Built.Html("news/2020/middle/index.html").QuerySelector(".release-nav")!;

        var older = nav.QuerySelector("a[rel=prev]")!;
        var newer = nav.QuerySelector("a[rel=next]")!;
        Assert.Multiple(() =>
        {
            Assert.That(older.GetAttribute("href"), Is.EqualTo("/news/2019/oldest/"));
            Assert.That(older.QuerySelector(".release-nav__label")!.TextContent, Does.Contain("Older"));
            Assert.That(older.QuerySelector(".release-nav__title")!.TextContent, Is.EqualTo("oldest"));
            Assert.That(newer.GetAttribute("href"), Is.EqualTo("/news/2021/newest/"));
            Assert.That(newer.QuerySelector(".release-nav__label")!.TextContent, Does.Contain("Newer"));
            Assert.That(newer.QuerySelector(".release-nav__title")!.TextContent, Is.EqualTo("newest"));
        });
    }

    [Test]
    public void The_oldest_and_the_newest_release_link_only_one_way()
    {
        var oldest = Built.Html("news/2019/oldest/index.html").QuerySelector(".release-nav")!;
        var newest = Built.Html("news/2021/newest/index.html").QuerySelector(".release-nav")!;

        Assert.Multiple(() =>
        {
            Assert.That(oldest.QuerySelector("a[rel=prev]"), Is.Null);
            Assert.That(oldest.QuerySelector("a[rel=next]")!.GetAttribute("href"), Is.EqualTo("/news/2020/middle/"));
            Assert.That(newest.QuerySelector("a[rel=next]"), Is.Null);
            Assert.That(newest.QuerySelector("a[rel=prev]")!.GetAttribute("href"), Is.EqualTo("/news/2020/middle/"));
        });
    }

    [Test]
    public void Partner_chips_link_to_the_partner_pages_with_the_logo_beside_the_name()
    {
        var chips = Built.Html("news/2020/middle/index.html").QuerySelectorAll(".partner-chip a");

        Assert.Multiple(() =>
        {
            Assert.That(chips.Select(a => (a.GetAttribute("href"), a.TextContent)), Is.EqualTo(new[]
            {
                ("/partners/nec/", "NEC Laboratories Europe"),
                ("/partners/mpi-is/", "Max Planck Institute for Intelligent Systems"),
            }));
            Assert.That(chips[0].QuerySelector("img")!.GetAttribute("src"), Is.EqualTo("/logos/nec.svg"));
            Assert.That(chips[0].QuerySelector("img")!.GetAttribute("alt"), Is.Empty);
        });
    }

    [Test]
    public void Topic_chips_link_to_the_topic_pages()
    {
        var links = Built.Html("news/2020/middle/index.html").QuerySelectorAll(".release__footer .chip a");

        Assert.That(links.Select(a => (a.GetAttribute("href"), a.TextContent)), Is.EqualTo(new[]
        {
            ("/topics/ai/", "Artificial intelligence"),
            ("/topics/start-ups/", "Start-ups"),
        }));
    }
}
