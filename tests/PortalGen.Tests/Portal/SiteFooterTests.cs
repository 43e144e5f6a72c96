using PortalGen.Tests.Support;

namespace PortalGen.Tests.Portal;

/// <summary>The footer: the site's feed, the feed of the partner or topic being read, the archive, and the legal pages.</summary>
public sealed class SiteFooterTests() : BuiltSiteTests(Site)
{
    private static readonly string Site = TestSite.Basics
        + Release.Listed("one", "2020-01-01", "nec", "ai")
        + """

        -- content/pages/about.md --
        ---
        title: About
        ---
        About us.
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

    private static IEnumerable<(string Text, string? Href)> FooterLinks(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(".site-footer nav a").Select(a => (a.TextContent, a.GetAttribute("href")));

    [Test]
    public void Footer_links_the_site_feed_the_archive_and_the_footer_pages()
    {
        Assert.That(FooterLinks(Built.Html("index.html")), Is.EqualTo(new[]
        {
            ("Atom feed: all releases", "/feed.xml"),
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
    public void Footer_pages_and_unlisted_pages_stay_out_of_the_main_navigation()
    {
        var main = Built.Html("index.html").QuerySelectorAll(".site-nav a").Select(a => a.TextContent);

        Assert.That(main, Is.EqualTo(new[] { "News", "Partners", "Topics", "Search", "About" }));
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
