using PortalGen.Tests.Support;

namespace PortalGen.Tests.Portal;

/// <summary>
/// The header's navigation (the sections, then the plain pages) and the footer's (the feeds, the archive, the legal
/// pages); the current page is marked for assistive technology.
/// </summary>
public sealed class SiteNavigationTests() : BuiltSiteTests(Site)
{
    private static readonly string Site = TestSite.Basics
        + Release.Listed("one", "2020-01-01", "nec", "ai")
        + TestSite.AboutPage
        + """
        -- content/pages/legal-notice.md --
        ---
        title: Legal notice
        menu: footer
        ---
        Publisher.
        -- content/pages/privacy.md --
        ---
        title: Privacy
        menu: footer
        ---
        No cookies.
        -- content/pages/unlisted.md --
        ---
        title: Unlisted
        menu: none
        ---
        Reachable by URL only.
        """;

    [Test]
    public void Navigation_leads_to_news_partners_topics_search_then_the_main_menu_pages()
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

    private static IEnumerable<(string Text, string? Href)> FooterLinks(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".site-footer nav a").Select(a => (a.TextContent, a.GetAttribute("href")));

    [Test]
    public void Footer_links_the_site_feed_the_archive_and_the_footer_pages()
    {
        Assert.That(FooterLinks(Built.Html("index.html")), Is.EqualTo(new[]
        {
            ("Feed: all releases", "/feed.xml"),
            ("Archive", "/news/"),
            ("Legal notice", "/legal-notice/"),
            ("Privacy", "/privacy/"),
        }));
    }

    [TestCase("partners/nec/index.html", "/partners/nec/feed.xml")]
    [TestCase("topics/ai/index.html", "/topics/ai/feed.xml")]
    public void Partner_and_topic_pages_also_link_their_own_feed(string page, string feed)
    {
        Assert.That(FooterLinks(Built.Html(page)).Select(link => link.Href), Does.Contain(feed));
    }

    [Test]
    public void An_unlisted_page_is_still_built()
    {
        Assert.That(Built.Html("unlisted/index.html").QuerySelector("h1")?.TextContent, Is.EqualTo("Unlisted"));
    }

    [Test]
    public void The_current_footer_page_is_marked()
    {
        var marked = Built.Html("privacy/index.html").QuerySelectorAll(".site-footer a[aria-current=page]");

        Assert.That(marked.Select(a => a.TextContent), Is.EqualTo(new[] { "Privacy" }));
    }
}
