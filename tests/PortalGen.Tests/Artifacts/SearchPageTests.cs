using PortalGen.Tests.Support;

namespace PortalGen.Tests.Artifacts;

/// <summary>The search page: an accessible form that works with GET, and a script that needs no framework.</summary>
public sealed class SearchPageTests
{
    private TestSite site = null!;

    [OneTimeSetUp]
    public void BuildSite()
    {
        site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "title: X\ndate: 2020-01-01"));
        site.BuildOk();
    }

    [OneTimeTearDown]
    public void Clean() => site.Dispose();

    [Test]
    public void Search_page_has_a_labelled_get_form_a_live_result_status_and_a_deferred_script()
    {
        var page = site.Html("search/index.html");
        var form = page.QuerySelector("form[role=search]")!;
        var input = form.QuerySelector("input[name=q]")!;
        var script = page.QuerySelector("script[src]")!;

        Assert.Multiple(() =>
        {
            Assert.That(form.GetAttribute("method"), Is.EqualTo("get"));
            Assert.That(form.GetAttribute("action"), Is.EqualTo("/search/"));
            Assert.That(form.GetAttribute("data-index"), Is.EqualTo("/search-index.json"));
            Assert.That(page.QuerySelector($"label[for='{input.Id}']"), Is.Not.Null);
            Assert.That(page.QuerySelector("[aria-live]"), Is.Not.Null);
            Assert.That(script.GetAttribute("src"), Does.Match("^/assets/js/search\\.[0-9a-f]{10}\\.js$"));
            Assert.That(script.HasAttribute("defer"), Is.True);
            Assert.That(site.Exists(script.GetAttribute("src")![1..]), Is.True);
        });
    }

    [Test]
    public void Without_javascript_the_page_explains_and_offers_the_indexes()
    {
        var status = site.Html("search/index.html").QuerySelector("[aria-live]")!;

        Assert.Multiple(() =>
        {
            Assert.That(status.TextContent, Does.Contain("needs JavaScript"));
            Assert.That(status.QuerySelectorAll("a").Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "/news/", "/partners/", "/topics/", "/feed.xml" }));
        });
    }

    [Test]
    public void Every_page_links_the_search_page_from_the_navigation()
    {
        Assert.That(site.Html("news/2020/x/index.html").QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")), Does.Contain("/search/"));
    }
}
