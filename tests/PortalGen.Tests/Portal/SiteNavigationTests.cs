using PortalGen.Tests.Support;

namespace PortalGen.Tests.Portal;

/// <summary>The header's navigation: the sections, then the plain pages; the current one is marked for assistive technology.</summary>
public sealed class SiteNavigationTests() : BuiltSiteTests(Site)
{
    private static readonly string Site = TestSite.Basics
        + Release.Listed("one", "2020-01-01", "nec", "ai")
        + """

        -- content/pages/about.md --
        ---
        title: About
        ---
        About us.
        """;

    [Test]
    public void Navigation_leads_to_news_partners_topics_search_then_the_plain_pages()
    {
        var links = Built.Html("index.html").QuerySelectorAll(".site-nav a");

        Assert.That(links.Select(a => (a.TextContent, a.GetAttribute("href"))), Is.EqualTo(new[]
        {
            ("News", "/"),
            ("Partners", "/partners/"),
            ("Topics", "/topics/"),
            ("Search", "/search/"),
            ("About", "/about/"),
        }));
    }

    [TestCase("index.html", "News", "page")]
    [TestCase("news/2020/one/index.html", "News", "true")]
    [TestCase("news/index.html", "News", "true")]
    [TestCase("news/2020/index.html", "News", "true")]
    [TestCase("partners/index.html", "Partners", "page")]
    [TestCase("partners/nec/index.html", "Partners", "true")]
    [TestCase("topics/index.html", "Topics", "page")]
    [TestCase("topics/ai/index.html", "Topics", "true")]
    [TestCase("about/index.html", "About", "page")]
    public void The_current_section_and_only_it_is_marked(string page, string section, string current)
    {
        var marked = Built.Html(page).QuerySelectorAll(".site-nav a[aria-current]");

        Assert.That(marked.Select(a => (a.TextContent, a.GetAttribute("aria-current"))), Is.EqualTo(new[] { (section, current) }));
    }

    [Test]
    public void The_not_found_page_marks_no_section()
    {
        Assert.That(Built.Html("404.html").QuerySelectorAll(".site-nav a[aria-current]"), Is.Empty);
    }
}
