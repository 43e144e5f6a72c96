using PortalGen.Tests.Support;

namespace PortalGen.Tests.Theme;

/// <summary>The header: the site's logo or title, and the navigation behind a menu button that needs no script.</summary>
public sealed class HeaderTests
{
    [Test]
    public void The_navigation_is_a_disclosure_whose_button_is_a_summary()
    {
        var home = MemorySite.BuildOk(TestSite.OneRelease).Html("index.html");
        var menu = home.QuerySelector(".site-header details.site-menu")!;

        Assert.Multiple(() =>
        {
            Assert.That(menu.FirstElementChild!.TagName, Is.EqualTo("SUMMARY"));
            Assert.That(menu.FirstElementChild.TextContent, Is.EqualTo("Menu"));
            Assert.That(menu.QuerySelectorAll("nav.site-nav a").Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "/", "/partners/", "/topics/", "/search/" }));
        });
    }

    [Test]
    public void Without_a_logo_the_title_is_the_wordmark()
    {
        var title = MemorySite.BuildOk(TestSite.OneRelease).Html("index.html").QuerySelector("a.site-title")!;

        Assert.That((title.TextContent, title.QuerySelector("img")), Is.EqualTo(("Test Portal", (object?)null)));
    }

    [Test]
    public void A_brand_logo_replaces_the_wordmark_and_is_named_by_the_site_title()
    {
        var site = TestSite.OneRelease.Replace("paginate: 2", "paginate: 2\nbrand:\n  logo: /logos/nec.svg", StringComparison.Ordinal);
        var logo = MemorySite.BuildOk(site).Html("index.html").QuerySelector("a.site-title img.site-logo")!;

        Assert.That((logo.GetAttribute("src"), logo.GetAttribute("alt")), Is.EqualTo(("/logos/nec.svg", "Test Portal")));
    }

    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 50\"></svg>", "200", "50")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"171\" height=\"40\" viewBox=\"0 0 342 80\"></svg>", "171", "40")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>", null, "40")]
    public void The_logo_has_its_own_width_and_height_so_the_header_keeps_its_room_before_it_arrives(string svg, string? width, string height)
    {
        var site = TestSite.OneRelease.Replace("paginate: 2", "paginate: 2\nbrand:\n  logo: /brand/logo.svg", StringComparison.Ordinal)
            + "\n-- content/static/brand/logo.svg --\n" + svg + "\n";
        var logo = MemorySite.BuildOk(site).Html("news/index.html").QuerySelector("a.site-title img.site-logo")!;

        Assert.That((logo.GetAttribute("width"), logo.GetAttribute("height")), Is.EqualTo((width, height)));
    }

    [Test]
    public void A_raster_logo_has_the_size_its_file_says()
    {
        var sources = MemorySite.Sources(TestSite.OneRelease.Replace("paginate: 2", "paginate: 2\nbrand:\n  logo: /brand/logo.png", StringComparison.Ordinal));
        sources["content/static/brand/logo.png"] = TestImages.Png(240, 60);
        var site = MemorySite.Build(sources);
        var logo = site.Html("news/index.html").QuerySelector("a.site-title img.site-logo")!;

        Assert.That((site.Result.Outcome, logo.GetAttribute("width"), logo.GetAttribute("height")), Is.EqualTo((BuildOutcome.Succeeded, "240", "60")));
    }
}
