using PortalGen.Tests.Support;

namespace PortalGen.Tests.Building;

/// <summary>What a reader sees on the pages of a small built site.</summary>
public sealed class PublishedSiteTests() : BuiltSiteTests(Site)
{
    private const string Site = TestSite.Basics + """
        -- content/news/2020/nec-cyber-valley-mou.md --
        ---
        title: "NEC and Cyber Valley sign MoU for AI research"
        date: 2020-12-02T09:00:00+01:00
        author: Steve Rogerson
        partners: [nec, mpi-is, uni-tuebingen]
        topics: [ai, start-ups]
        summary: "NEC Laboratories Europe and Cyber Valley agree to cooperate."
        location: Heidelberg
        ---
        NEC Laboratories Europe signed a *memorandum of understanding*.

        ## Next steps

        | Item | Detail |
        |------|--------|
        | Agreement | 2021 |

        A "binding" agreement follows -- in 2021.[^1]

        [^1]: Planned.
        -- content/news/2021/later.md --
        ---
        title: Later news
        date: 2021-06-15
        partners: [mpi-is]
        ---
        The lead paragraph becomes the summary when there is none.
        -- content/news/2019/earlier.md --
        ---
        title: 'Earlier news'
        date: '2019-03-29T13:00:00.000Z'
        ---
        Earlier body.
        -- content/pages/about.md --
        ---
        title: About this site
        ---
        We publish the consortium's releases.
        -- content/static/logos/nec.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>
        """;

    [Test]
    public void Release_page_shows_title_date_place_author_and_body()
    {
        var page = Built.Html("news/2020/nec-cyber-valley-mou/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("NEC and Cyber Valley sign MoU for AI research"));
            Assert.That(page.Title, Is.EqualTo("NEC and Cyber Valley sign MoU for AI research – Test Portal"));
            Assert.That(page.QuerySelector("time")!.TextContent, Is.EqualTo("2 December 2020"));
            Assert.That(page.QuerySelector("time")!.GetAttribute("datetime"), Is.EqualTo("2020-12-02T09:00:00+01:00"));
            Assert.That(page.QuerySelector(".release__meta")!.TextContent, Does.Contain("Heidelberg"));
            Assert.That(page.QuerySelector(".release__author")!.TextContent, Is.EqualTo("By Steve Rogerson"));
            Assert.That(page.QuerySelector(".prose em")!.TextContent, Is.EqualTo("memorandum of understanding"));
        });
    }

    [Test]
    public void Release_page_names_its_partners_and_topics_from_the_registries()
    {
        var page = Built.Html("news/2020/nec-cyber-valley-mou/index.html");

        var partners = page.QuerySelectorAll(".partner-list li").Select(li => li.TextContent.Trim());
        var topics = page.QuerySelectorAll(".release__footer .chips li").Select(li => li.TextContent.Trim());
        Assert.Multiple(() =>
        {
            Assert.That(partners, Is.EqualTo(new[] { "NEC Laboratories Europe", "Max Planck Institute for Intelligent Systems", "University of Tübingen" }));
            Assert.That(topics, Is.EqualTo(new[] { "Artificial intelligence", "Start-ups" }));
            Assert.That(page.QuerySelector(".partner-list img")!.GetAttribute("src"), Is.EqualTo("/logos/nec.svg"));
        });
    }

    [Test]
    public void Markdown_extensions_render_tables_footnotes_heading_ids_and_typography()
    {
        var page = Built.Html("news/2020/nec-cyber-valley-mou/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector(".prose h2")!.Id, Is.EqualTo("next-steps"));
            Assert.That(page.QuerySelector(".prose table td")!.TextContent, Is.EqualTo("Agreement"));
            Assert.That(page.QuerySelector(".prose .footnotes"), Is.Not.Null);
            Assert.That(page.QuerySelector(".prose")!.TextContent, Does.Contain("A \u201Cbinding\u201D agreement follows \u2013 in 2021."));
        });
    }

    [Test]
    public void Home_lists_the_latest_releases_newest_first_paged()
    {
        var home = Built.Html("index.html");
        var second = Built.Html("page/2/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(home.QuerySelectorAll(".card__title").Select(t => t.TextContent), Is.EqualTo(new[] { "Later news", "NEC and Cyber Valley sign MoU for AI research" }));
            Assert.That(second.QuerySelectorAll(".card__title").Select(t => t.TextContent), Is.EqualTo(new[] { "Earlier news" }));
            Assert.That(home.QuerySelector("a[rel=next]")!.GetAttribute("href"), Is.EqualTo("/page/2/"));
            Assert.That(second.QuerySelector("a[rel=prev]")!.GetAttribute("href"), Is.EqualTo("/"));
            Assert.That(second.QuerySelector("a[rel=next]"), Is.Null);
        });
    }

    [Test]
    public void Cards_link_to_release_pages_at_news_year_slug()
    {
        var links = Built.Html("index.html").QuerySelectorAll(".card__title a").Select(a => a.GetAttribute("href"));

        Assert.That(links, Is.EqualTo(new[] { "/news/2021/later/", "/news/2020/nec-cyber-valley-mou/" }));
    }

    [Test]
    public void Summary_falls_back_to_the_lead_paragraph()
    {
        var card = Built.Html("index.html").QuerySelector(".card__summary")!;

        Assert.That(card.TextContent, Is.EqualTo("The lead paragraph becomes the summary when there is none."));
    }

    [Test]
    public void Dates_in_every_form_editors_write_are_read()
    {
        var earlier = Built.Html("news/2019/earlier/index.html").QuerySelector("time")!;

        Assert.That(earlier.GetAttribute("datetime"), Is.EqualTo("2019-03-29T13:00:00+00:00"));
        Assert.That(Built.Html("news/2021/later/index.html").QuerySelector("time")!.GetAttribute("datetime"), Is.EqualTo("2021-06-15T00:00:00+00:00"), "a day alone: midnight in the site's time zone, UTC by default");
    }

    [Test]
    public void Plain_pages_are_published_at_their_slug_and_linked_from_the_navigation()
    {
        var about = Built.Html("about/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(about.QuerySelector("h1")!.TextContent, Is.EqualTo("About this site"));
            Assert.That(Built.Html("index.html").QuerySelectorAll(".site-nav a").Select(a => a.GetAttribute("href")), Does.Contain("/about/"));
        });
    }

    [Test]
    public void Static_files_and_theme_assets_are_copied()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Built.Exists("logos/nec.svg"), Is.True);
            Assert.That(Built.OutputPaths, Has.One.Match("^assets/css/site\\.[0-9a-f]{10}\\.css$"));
            Assert.That(Built.Exists("404.html"), Is.True);
        });
    }

    [Test]
    public void Canonical_link_and_description_come_from_base_url_and_summary()
    {
        var page = Built.Html("news/2020/nec-cyber-valley-mou/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Is.EqualTo("https://news.example.org/news/2020/nec-cyber-valley-mou/"));
            Assert.That(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), Is.EqualTo("NEC Laboratories Europe and Cyber Valley agree to cooperate."));
        });
    }
}
