using PortalGen.Tests.Support;

namespace PortalGen.Tests.Content;

/// <summary>Old URLs of a release keep working: a redirect page at each, and a _redirects file for hosts that read one.</summary>
public sealed class AliasTests
{
    private const string Moved = TestSite.Basics + """
        -- content/news/2020/x.md --
        ---
        title: NEC & Cyber Valley sign MoU
        date: 2020-12-02
        aliases: [/old/path.html, /old/dir/, /2020/12/mou]
        ---
        Body.
        """;

    [Test]
    public void Redirect_page_sends_readers_and_search_engines_to_the_new_url()
    {
        using var site = TestSite.Create(Moved);
        site.BuildOk();

        Assert.That(site.Read("old/path.html"), Is.EqualTo("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>NEC &amp; Cyber Valley sign MoU</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="https://news.example.org/news/2020/x/">
            <meta http-equiv="refresh" content="0; url=/news/2020/x/">
            </head>
            <body>
            <p>This page has moved to <a href="/news/2020/x/">NEC &amp; Cyber Valley sign MoU</a>.</p>
            </body>
            </html>

            """));
    }

    [Test]
    public void Every_alias_gets_a_page_and_a_sorted_line_in_redirects()
    {
        using var site = TestSite.Create(Moved);
        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(site.Exists("old/dir/index.html"));
            Assert.That(site.Exists("2020/12/mou/index.html"), "a path without .html is a folder, as in Hugo");
            Assert.That(site.Read("_redirects"), Is.EqualTo("/2020/12/mou/ /news/2020/x/ 301\n/old/dir/ /news/2020/x/ 301\n/old/path.html /news/2020/x/ 301\n"));
            Assert.That(site.Read("sitemap.xml"), Does.Not.Contain("old"));
        });
    }

    [Test]
    public void Aliases_carry_the_sub_path_of_the_base_url()
    {
        using var site = TestSite.Create(Moved + "\n-- content/site.yml --\ntitle: Test Portal\nbase_url: https://example.org/portal/\n");
        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(site.Html("old/path.html").QuerySelector("a")!.GetAttribute("href"), Is.EqualTo("/portal/news/2020/x/"));
            Assert.That(site.Read("_redirects"), Does.Contain("/portal/old/path.html /portal/news/2020/x/ 301\n"));
        });
    }

    [Test]
    public void A_site_without_aliases_has_no_redirects_file()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        site.BuildOk();

        Assert.That(site.Exists("_redirects"), Is.False);
    }

    [TestCase("../escape.html", "must start with '/'")]
    [TestCase("/old/../../escape.html", "has the path segment '..', which is empty, '.' or '..', or ends in a dot or space")]
    [TestCase("/old/%2e%2e/%2e%2e/escape.html", "has the path segment '..', which is empty, '.' or '..', or ends in a dot or space")]
    [TestCase("https://evil.example/x", "is a URL of another host; an alias is a path of this site")]
    [TestCase("//evil.example/x", "is a URL of another host; an alias is a path of this site")]
    [TestCase("/old\\\\path.html", "holds a character that cannot be in a file name (\\ : * ? \" < > | # or a control character)")]
    [TestCase("/C:/Windows/x.html", "holds a character that cannot be in a file name (\\ : * ? \" < > | # or a control character)")]
    [TestCase("/old/CON.html", "has the path segment 'CON.html', a name Windows reserves for devices")]
    [TestCase("/", "is the site's home page")]
    public void Unsafe_alias_is_rejected_at_its_line(string alias, string problem)
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", $"title: X\ndate: 2020-12-02\naliases:\n  - \"{alias}\""));
        var result = site.Build();

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
            {
                $"content/news/2020/x.md:5:5: error: the alias '{alias.Replace("\\\\", "\\", StringComparison.Ordinal)}' {problem} (write an old URL of this site from its root, such as /2019/12/old-title.html or /old/dir/)",
            }));
            Assert.That(Directory.Exists(site.Output), Is.False);
        });
    }

    [Test]
    public void Alias_that_is_another_pages_url_names_both_files()
    {
        using var site = TestSite.Create(TestSite.OneRelease + Release.File("2021/y.md", "title: Y\ndate: 2021-01-01\naliases: [/news/2020/x/, /partners/]"));
        var result = site.Build();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/news/2021/y.md:4:11: error: the alias /news/2020/x/ is the URL of content/news/2020/x.md (remove the alias, or give the page another URL)",
            "content/news/2021/y.md:4:26: error: the alias /partners/ is the URL of a page the generator writes (remove the alias, or give the page another URL)",
        }));
    }

    [Test]
    public void Alias_claimed_twice_names_both_files()
    {
        using var site = TestSite.Create(TestSite.Basics
            + Release.File("2020/x.md", "title: X\ndate: 2020-12-02\naliases: [/old.html]")
            + Release.File("2021/y.md", "title: Y\ndate: 2021-01-01\naliases: [/old.html]"));
        var result = site.Build();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/news/2020/x.md:4:11: error: the alias /old.html is also an alias in content/news/2021/y.md (remove the alias, or give the page another URL)",
            "content/news/2021/y.md:4:11: error: the alias /old.html is also an alias in content/news/2020/x.md (remove the alias, or give the page another URL)",
        }));
    }
}
