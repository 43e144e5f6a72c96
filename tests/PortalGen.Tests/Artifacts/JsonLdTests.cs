using PortalGen.Tests.Support;

namespace PortalGen.Tests.Artifacts;

/// <summary>Structured data for search engines: a NewsArticle on each release page, safe whatever its title.</summary>
public sealed class JsonLdTests() : BuiltSiteTests(Site)
{
    private const string Hostile = "</script><script>alert(1)</script>";

    private const string Site = TestSite.Basics + """
        -- content/news/2020/mou.md --
        ---
        title: "NEC & Tübingen sign <MoU>"
        date: 2020-12-02T09:00:00+01:00
        lastmod: 2020-12-03T10:00:00+01:00
        author: Steve Rogerson
        partners: [nec, uni-tuebingen]
        topics: [ai, start-ups]
        summary: They agree.
        image: /images/signing.jpg
        image_credit: Cyber Valley
        image_license: CC-BY-4.0
        ---
        Body.
        -- content/news/2021/hostile.md --
        ---
        title: "</script><script>alert(1)</script>"
        date: 2021-01-01
        summary: "<!-- </script> -->"
        ---
        Body.
        -- content/news/2022/by-partner.md --
        ---
        title: By a partner's press office
        date: 2022-03-01
        author: mpi-is press office
        ---
        Body.
        -- content/news/2022/by-short-name.md --
        ---
        title: Signed with a partner's short name
        date: 2022-03-02
        author: nec labs
        ---
        Body.
        -- content/static/images/signing.jpg --
        (image 1600x1000)
        """;

    [Test]
    public void Release_page_describes_itself_as_a_news_article()
    {
        var article = PageJsonLd.Of(Built.Html("news/2020/mou/index.html"));

        Assert.Multiple(() =>
        {
            Assert.That(article.GetProperty("@context").GetString(), Is.EqualTo("https://schema.org"));
            Assert.That(article.GetProperty("@type").GetString(), Is.EqualTo("NewsArticle"));
            Assert.That(article.GetProperty("headline").GetString(), Is.EqualTo("NEC & Tübingen sign <MoU>"));
            Assert.That(article.GetProperty("datePublished").GetString(), Is.EqualTo("2020-12-02T09:00:00+01:00"));
            Assert.That(article.GetProperty("dateModified").GetString(), Is.EqualTo("2020-12-03T10:00:00+01:00"));
            Assert.That(article.GetProperty("author").GetProperty("name").GetString(), Is.EqualTo("Steve Rogerson"));
            Assert.That(article.GetProperty("publisher").GetProperty("@type").GetString(), Is.EqualTo("Organization"));
            Assert.That(article.GetProperty("publisher").GetProperty("name").GetString(), Is.EqualTo("Test Portal"));
            Assert.That(
                article.GetProperty("image").EnumerateArray().Select(image => $"{ImageNames.WithoutHash(image.GetProperty("url").GetString())} {image.GetProperty("width")}x{image.GetProperty("height")} {image.GetProperty("creditText")} {image.GetProperty("license")}"),
                Is.EqualTo(new[]
                {
                    "https://news.example.org/images/signing.1200x675.HASH.jpg 1200x675 Cyber Valley https://creativecommons.org/licenses/by/4.0/",
                    "https://news.example.org/images/signing.1200x900.HASH.jpg 1200x900 Cyber Valley https://creativecommons.org/licenses/by/4.0/",
                    "https://news.example.org/images/signing.1000x1000.HASH.jpg 1000x1000 Cyber Valley https://creativecommons.org/licenses/by/4.0/",
                }));
            Assert.That(article.GetProperty("url").GetString(), Is.EqualTo("https://news.example.org/news/2020/mou/"));
            Assert.That(article.GetProperty("mainEntityOfPage").GetProperty("@id").GetString(), Is.EqualTo("https://news.example.org/news/2020/mou/"));
            Assert.That(article.GetProperty("about").EnumerateArray().Select(t => t.GetProperty("name").GetString()), Is.EqualTo(new[] { "Artificial intelligence", "Start-ups" }));
            Assert.That(article.GetProperty("mentions").EnumerateArray().Select(p => p.GetProperty("name").GetString()), Is.EqualTo(new[] { "NEC Laboratories Europe", "University of Tübingen" }));
        });
    }

    [Test]
    public void Release_without_an_author_is_credited_to_the_site()
    {
        var author = PageJsonLd.Of(Built.Html("news/2021/hostile/index.html")).GetProperty("author");

        Assert.That((author.GetProperty("@type").GetString(), author.GetProperty("name").GetString()), Is.EqualTo(("Organization", "Test Portal")));
    }

    [TestCase("news/2020/mou/index.html", "Person", "Steve Rogerson", null)]
    [TestCase("news/2022/by-short-name/index.html", "Organization", "NEC Laboratories Europe", "https://news.example.org/partners/nec/")]
    [TestCase("news/2022/by-partner/index.html", "Person", "mpi-is press office", null)]
    public void An_author_naming_a_partner_is_that_organization_with_a_url_and_anyone_else_a_person(string page, string type, string name, string? url)
    {
        var author = PageJsonLd.Of(Built.Html(page)).GetProperty("author");

        Assert.That(
            (author.GetProperty("@type").GetString(), author.GetProperty("name").GetString(), author.TryGetProperty("url", out var link) ? link.GetString() : null),
            Is.EqualTo((type, name, url)));
    }

    [Test]
    public void A_title_holding_a_closing_script_tag_cannot_escape_the_json_ld_element()
    {
        var page = Built.Html("news/2021/hostile/index.html");
        var scripts = page.QuerySelectorAll("script");

        Assert.Multiple(() =>
        {
            Assert.That(scripts.Count(s => s.GetAttribute("type") == "application/ld+json"), Is.EqualTo(1));
            Assert.That(scripts.Where(s => s.GetAttribute("type") != "application/ld+json").Where(s => s.TextContent.Contains("alert", StringComparison.Ordinal)), Is.Empty);
            Assert.That(PageJsonLd.Of(page).GetProperty("headline").GetString(), Is.EqualTo(Hostile));
            Assert.That(PageJsonLd.Of(page).GetProperty("description").GetString(), Is.EqualTo("<!-- </script> -->"));
        });
    }

    [Test]
    public void Pages_other_than_releases_carry_no_news_article()
    {
        Assert.That(Built.Html("index.html").QuerySelector("script[type='application/ld+json']"), Is.Null);
    }
}
