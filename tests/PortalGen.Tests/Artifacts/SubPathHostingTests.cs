using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Artifacts;

/// <summary>A site served below a sub-path (https://example.org/portal/): every link must stay inside it.</summary>
public sealed class SubPathHostingTests() : BuiltSiteTests(Site)
{
    private const string Root = "https://example.org/portal/";

    private const string Site = TestSite.Basics + """
        -- content/site.yml --
        title: Test Portal
        base_url: https://example.org/portal/
        paginate: 1
        params:
          contact_email: press@example.org
        -- content/news/2021/later/index.md --
        ---
        title: Later
        date: 2021-06-15
        partners: [nec]
        topics: [ai]
        image: photo.jpg
        ---
        See [about](/about/), the [feed](/feed.xml), [a chart](chart.png), [elsewhere](https://other.example/x) and [protocol-relative](//cdn.example/y).[^1]

        ![An image from the site root](/images/map.png)

        [^1]: A footnote.
        -- content/news/2021/later/photo.jpg --
        (image 1600x1000)
        -- content/news/2021/later/chart.png --
        (image 1600x1000)
        -- content/news/2020/earlier.md --
        ---
        title: Earlier
        date: 2020-12-02
        partners: [mpi-is]
        ---
        Body.
        -- content/pages/about.md --
        ---
        title: About
        ---
        Back to [the news](/).
        -- content/static/images/map.png --
        (image 1600x1000)
        """;

    private static readonly HtmlParser Parser = new();

    [Test]
    public void Every_link_and_source_in_every_html_page_stays_below_the_sub_path()
    {
        var outside = new List<string>();
        var checkedLinks = 0;
        foreach (var file in OutputFiles(".html"))
        {
            var page = Built.Html(file);
            var pageUrl = new Uri(new Uri(Root), file == "404.html" ? "" : file[..^"index.html".Length]);
            foreach (var element in page.QuerySelectorAll("[href], [src], [action], [data-index]"))
            {
                foreach (var attribute in new[] { "href", "src", "action", "data-index" })
                {
                    if (element.GetAttribute(attribute) is { } link)
                    {
                        checkedLinks++;
                        Check(pageUrl, link, $"{file}: <{element.LocalName} {attribute}=\"{link}\">", outside);
                    }
                }
            }
        }

        Assert.That(outside, Is.Empty);
        Assert.That(checkedLinks, Is.GreaterThan(50), "the pages were actually searched for links");
    }

    [Test]
    public void Every_link_in_the_feeds_stays_below_the_sub_path()
    {
        var outside = new List<string>();
        foreach (var file in OutputFiles("feed.xml"))
        {
            var feed = XDocument.Parse(Built.Read(file));
            foreach (var href in feed.Descendants().Attributes("href").Concat(feed.Descendants().Attributes(XNamespace.Xml + "base")))
            {
                Check(new Uri(Root), href.Value, $"{file}: {href.Name.LocalName}=\"{href.Value}\"", outside);
            }

            foreach (var id in feed.Descendants(XName.Get("id", "http://www.w3.org/2005/Atom")))
            {
                Check(new Uri(Root), id.Value, $"{file}: <id>{id.Value}</id>", outside);
            }

            foreach (var content in feed.Descendants(XName.Get("content", "http://www.w3.org/2005/Atom")))
            {
                var body = Parser.ParseDocument(content.Value);
                var contentBase = new Uri(content.Attribute(XNamespace.Xml + "base")!.Value);
                foreach (var element in body.QuerySelectorAll("[href], [src]"))
                {
                    var link = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                    Check(contentBase, link, $"{file}: content <{element.LocalName}> {link}", outside);
                }
            }
        }

        Assert.That(outside, Is.Empty);
    }

    [Test]
    public void Sitemap_robots_and_search_index_point_below_the_sub_path()
    {
        var sitemap = XDocument.Parse(Built.Read("sitemap.xml")).Descendants(XName.Get("loc", "http://www.sitemaps.org/schemas/sitemap/0.9")).Select(l => l.Value);
        var indexed = Built.SearchIndexReleases().Select(r => r.GetProperty("url").GetString()!);

        Assert.Multiple(() =>
        {
            Assert.That(sitemap, Is.Not.Empty.And.All.StartsWith(Root));
            Assert.That(Built.Read("robots.txt"), Does.Contain("Sitemap: https://example.org/portal/sitemap.xml\n"));
            Assert.That(indexed, Is.EqualTo(new[] { "/portal/news/2021/later/", "/portal/news/2020/earlier/" }));
        });
    }

    [Test]
    public void Root_and_bundle_links_in_markdown_get_the_sub_path_and_others_are_left_as_written()
    {
        var links = Built.Html("news/2021/later/index.html").QuerySelectorAll(".lead a, .prose a").Select(a => a.GetAttribute("href"));

        Assert.That(links, Is.SupersetOf(new[] { "/portal/about/", "/portal/feed.xml", "/portal/news/2021/later/chart.png", "https://other.example/x", "//cdn.example/y" }));
    }

    /// <summary>Resolves a link as a browser would and records it when it lands on the host outside the sub-path.</summary>
    private static void Check(Uri baseUri, string link, string where, List<string> outside)
    {
        if (link.StartsWith("mailto:", StringComparison.Ordinal) || link.StartsWith('#'))
        {
            return;
        }

        var resolved = new Uri(baseUri, link);
        if (resolved.Host == "example.org" && !resolved.AbsoluteUri.StartsWith(Root, StringComparison.Ordinal))
        {
            outside.Add(where);
        }
    }

    /// <param name="ending">How the file's name ends: ".html", or "feed.xml".</param>
    private IEnumerable<string> OutputFiles(string ending) =>
        Built.OutputPaths.Where(file => file.EndsWith(ending, StringComparison.Ordinal));
}
