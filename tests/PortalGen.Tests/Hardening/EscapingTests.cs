using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Hardening;

/// <summary>
/// Markup, script breakers, CDATA ends, Scriban syntax and a line separator written into every field an
/// editor or a registry fills in: every output file still parses, shows the text as written, and gains
/// no element, attribute or script of its own.
/// </summary>
public sealed class EscapingTests() : BuiltSiteTests(Site)
{
    /// <summary>Each attack in one text, so every field carries all of them.</summary>
    private const string Hostile = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> </script><script>alert(2)</script> ]]> {{ 6 * 7 }} line\u2028separator 'single' & ampersand";

    private static readonly string Yaml = JsonSerializer.Serialize(Hostile);

    /// <summary>An image file whose name tries to end its attribute (txtar names hold no spaces).</summary>
    private const string ImagePath = "/images/x\"onerror=\"alert(1)\"><b>.jpg";

    /// <summary>A partner's logo of the same kind: a path from the site root must name a static file.</summary>
    private const string LogoPath = "/logos/x\"onerror=\"alert(1)\"><b>.svg";

    private static readonly string Site = $$"""
        -- content/site.yml --
        title: {{Yaml}}
        description: {{Yaml}}
        base_url: https://news.example.org/
        -- content/partners.yml --
        - id: evil
          name: {{Yaml}}
          short: {{Yaml}}
          kind: industry
          url: {{JsonSerializer.Serialize("https://evil.example.org/\"><img src=x onerror=alert(1)>")}}
          logo: {{JsonSerializer.Serialize(LogoPath)}}
          location: {{Yaml}}
          description: {{Yaml}}
        -- content/topics.yml --
        - id: evil-topic
          name: {{Yaml}}
          description: {{Yaml}}
        -- content/news/2020/x.md --
        ---
        title: {{Yaml}}
        date: 2020-12-02
        summary: {{Yaml}}
        author: {{Yaml}}
        location: {{Yaml}}
        image: {{JsonSerializer.Serialize(ImagePath)}}
        image_alt: {{Yaml}}
        partners: [evil]
        topics: [evil-topic]
        custom: {{Yaml}}
        ---
        {{Hostile.Replace("<", "&lt;", StringComparison.Ordinal)}}

        [a link](javascript:alert(3)) and <javascript:alert(4)>
        -- content/static{{ImagePath}} --
        (image 1600x1000)
        -- content/static{{LogoPath}} --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>
        """;

    private static readonly HtmlParser Parser = new();

    private IEnumerable<string> OutputFiles(string extension) => Built.OutputPaths.Where(file => file.EndsWith(extension, StringComparison.Ordinal));

    private IEnumerable<(string File, IHtmlDocument Page)> Pages() =>
        OutputFiles(".html").Select(file => (file, Parser.ParseDocument(Built.Read(file))));

    [Test]
    public void No_page_gains_an_element_or_an_event_attribute()
    {
        foreach (var (file, page) in Pages())
        {
            Assert.Multiple(() =>
            {
                Assert.That(page.QuerySelectorAll("img[src='x']"), Is.Empty, file);
                Assert.That(page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => a.Name), Is.Empty, file);
                Assert.That(page.Body!.TextContent, Does.Not.Contain("42"), file + ": Scriban syntax in data is never run");
            });
        }
    }

    [Test]
    public void The_only_scripts_are_the_themes_own()
    {
        foreach (var (file, page) in Pages())
        {
            var scripts = page.QuerySelectorAll("script").ToList();
            Assert.Multiple(() =>
            {
                Assert.That(scripts.Where(s => s.GetAttribute("type") != "application/ld+json").Select(s => s.GetAttribute("src")), Is.All.Match("^/assets/js/search\\.[0-9a-f]{10}\\.js$"), file);
                Assert.That(scripts.Count(s => s.GetAttribute("type") == "application/ld+json"), Is.LessThanOrEqualTo(1), file);
                foreach (var jsonLd in scripts.Where(s => s.GetAttribute("type") == "application/ld+json"))
                {
                    Assert.DoesNotThrow(() => JsonDocument.Parse(jsonLd.TextContent).Dispose(), file);
                }
            });
        }
    }

    [Test]
    public void Every_json_written_holds_no_raw_angle_bracket_or_ampersand_so_a_theme_may_inline_it_in_a_script()
    {
        var jsonFiles = OutputFiles(".json").Select(file => (File: file, Json: Built.Read(file)));
        var jsonLd = Pages().SelectMany(p => p.Page.QuerySelectorAll("script[type='application/ld+json']").Select(s => (p.File, Json: s.TextContent)));
        var all = jsonFiles.Concat(jsonLd).ToList();

        Assert.That(all.Select(j => j.File), Does.Contain("search-index.json"));
        foreach (var (file, json) in all)
        {
            Assert.Multiple(() =>
            {
                Assert.That(json, Does.Not.Contain("<").And.Not.Contain(">").And.Not.Contain("&"), file);
                Assert.DoesNotThrow(() => JsonDocument.Parse(json).Dispose(), file);
            });
        }

        Assert.That(Built.Read("search-index.json"), Does.Contain("\\u003c/script\\u003e").And.Contain("\\u0026 ampersand"), "escaped as Go's encoder does");
    }

    [Test]
    public void No_link_or_image_runs_javascript()
    {
        foreach (var (file, page) in Pages())
        {
            var targets = page.All.SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }).OfType<string>();
            Assert.That(targets.Where(t => t.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)), Is.Empty, file);
        }
    }

    [Test]
    public void A_reader_sees_every_field_as_written()
    {
        var release = Built.Html("news/2020/x/index.html");
        var partner = Built.Html("partners/evil/index.html");
        var topic = Built.Html("topics/evil-topic/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(release.QuerySelector("h1")!.TextContent.Trim(), Is.EqualTo(Hostile));
            Assert.That(release.Title, Does.StartWith(Hostile));
            Assert.That(release.QuerySelector("meta[name='description']")!.GetAttribute("content"), Is.EqualTo(Hostile));
            Assert.That(release.QuerySelector("main")!.TextContent, Does.Contain(Hostile).And.Contain("a link"));
            Assert.That(partner.QuerySelector("h1")!.TextContent.Trim(), Is.EqualTo(Hostile));
            Assert.That(topic.QuerySelector("h1")!.TextContent.Trim(), Is.EqualTo(Hostile));
            Assert.That(PageJsonLd.Of(release).GetProperty("headline").GetString(), Is.EqualTo(Hostile));
            Assert.That(PageJsonLd.Of(release).GetProperty("author").GetProperty("name").GetString(), Is.EqualTo(Hostile));
            Assert.That(PageJsonLd.Of(partner).GetProperty("name").GetString(), Is.EqualTo(Hostile));
            Assert.That(PageJsonLd.Of(partner).GetProperty("description").GetString(), Is.EqualTo(Hostile));
        });
    }

    [Test]
    public void Feeds_and_the_sitemap_are_well_formed_and_keep_the_text()
    {
        var feeds = OutputFiles(".xml").Where(f => f.EndsWith("feed.xml", StringComparison.Ordinal)).ToList();
        Assert.That(feeds, Has.Count.GreaterThanOrEqualTo(3));
        foreach (var file in OutputFiles(".xml"))
        {
            Assert.DoesNotThrow(() => XDocument.Parse(Built.Read(file)), file);
        }

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(Built.Read("feed.xml"));
        Assert.Multiple(() =>
        {
            Assert.That(feed.Root!.Element(atom + "title")!.Value, Is.EqualTo(Hostile));
            Assert.That(feed.Root.Element(atom + "entry")!.Element(atom + "title")!.Value, Is.EqualTo(Hostile));
        });
    }

    [Test]
    public void The_search_index_is_json_that_keeps_the_text()
    {
        var release = Built.SearchIndexReleases()[0];

        Assert.Multiple(() =>
        {
            Assert.That(release.GetProperty("title").GetString(), Is.EqualTo(Hostile));
            Assert.That(release.GetProperty("partners")[0].GetString(), Is.EqualTo(Hostile));
        });
    }
}
