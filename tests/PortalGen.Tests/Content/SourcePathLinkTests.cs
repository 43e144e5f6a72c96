using PortalGen.Tests.Support;

namespace PortalGen.Tests.Content;

/// <summary>Editors link to another release by its file; the page links to wherever that release is published.</summary>
public sealed class SourcePathLinkTests
{
    private const string Targets = TestSite.Basics + """
        -- content/news/2020/nec-cyber-valley-mou.md --
        ---
        title: The MoU
        date: 2020-12-02
        slug: nec-mou
        ---
        Signed.
        -- content/news/2020/lab-opening/index.md --
        ---
        title: The lab opens
        date: 2020-10-01
        ---
        Opened.
        -- content/pages/about.md --
        ---
        title: About
        ---
        About us.
        -- content/news/2021/follow-up.md --
        ---
        title: Follow-up
        date: 2021-03-01
        ---
        See [relative](../2020/nec-cyber-valley-mou.md), [root](/news/2020/nec-cyber-valley-mou.md),
        [fragment](../2020/nec-cyber-valley-mou.md#signing), [bundle](../2020/lab-opening/index.md)
        and [page](/pages/about.md).
        """;

    private static readonly string[] Expected = ["/news/2020/nec-mou/", "/news/2020/nec-mou/", "/news/2020/nec-mou/#signing", "/news/2020/lab-opening/", "/about/"];

    private static IEnumerable<string?> Links(TestSite site) =>
        site.Html("news/2021/follow-up/index.html").QuerySelectorAll(".lead a, .prose a").Select(a => a.GetAttribute("href"));

    [Test]
    public void Links_by_source_path_go_to_the_published_urls()
    {
        using var site = TestSite.Create(Targets);
        site.BuildOk();

        Assert.That(Links(site), Is.EqualTo(Expected));
    }

    [Test]
    public void Links_by_source_path_carry_the_sub_path_of_the_base_url()
    {
        using var site = TestSite.Create(Targets + "\n-- content/site.yml --\ntitle: Test Portal\nbase_url: https://example.org/portal/\n");
        site.BuildOk();

        Assert.That(Links(site), Is.EqualTo(Expected.Select(href => "/portal" + href)));
    }

    [Test]
    public void Link_in_the_feed_goes_to_the_published_url()
    {
        using var site = TestSite.Create(Targets);
        site.BuildOk();

        Assert.That(site.Read("feed.xml"), Does.Contain("&lt;a href=\"/news/2020/nec-mou/#signing\"&gt;fragment&lt;/a&gt;"));
    }

    [Test]
    public void Text_that_looks_like_an_internal_placeholder_stays_as_written()
    {
        using var site = TestSite.Create(Targets + Release.File("2021/y.md", "title: Y\ndate: 2021-01-01", "[MoU](../2020/nec-cyber-valley-mou.md) and `portalgen-deferred:0`."));
        site.BuildOk();

        Assert.That(site.Html("news/2021/y/index.html").QuerySelector(".lead code, .prose code")!.TextContent, Is.EqualTo("portalgen-deferred:0"));
    }

    [Test]
    public void Link_to_a_file_that_does_not_exist_names_the_closest_one()
    {
        using var site = TestSite.Create(Targets + Release.File("2021/y.md", "title: Y\ndate: 2021-01-01", "See [the MoU](../2020/nec-cyber-valley-mu.md)."));
        var result = site.Build();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/news/2021/y.md:5:5: error: '../2020/nec-cyber-valley-mu.md' links to content/news/2020/nec-cyber-valley-mu.md, which does not exist (did you mean '/news/2020/nec-cyber-valley-mou.md'?)",
        }));
    }

    [TestCase("draft: true", "is a draft (build with --drafts to preview it, or remove the link)")]
    [TestCase("embargo: 2027-01-01T09:00:00+01:00", "is under embargo (build with --future to preview it, or remove the link)")]
    [TestCase("expires: 2021-01-01", "has expired (remove the link, or change the target's 'expires')")]
    public void Link_to_a_release_left_out_of_the_build_says_why(string rule, string why)
    {
        using var site = TestSite.Create(Targets
            + Release.File("2020/secret.md", $"title: Secret\ndate: 2020-05-01\n{rule}")
            + Release.File("2021/y.md", "title: Y\ndate: 2021-01-01", "Text.\n\nSee [it](../2020/secret.md)."));
        var result = site.Build();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[] { $"content/news/2021/y.md:7:5: error: '../2020/secret.md' links to content/news/2020/secret.md, which {why}" }));
    }

    [Test]
    public void Link_to_a_future_release_builds_with_future()
    {
        using var site = TestSite.Create(Targets
            + Release.File("2027/soon.md", "title: Soon\ndate: 2027-02-01")
            + Release.File("2021/y.md", "title: Y\ndate: 2021-01-01", "See [it](/news/2027/soon.md)."));

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(site.Build()).Single(), Does.EndWith("which is dated in the future (build with --future to preview it, or remove the link)"));
            site.BuildOk(options => options with { IncludeFuture = true });
            Assert.That(site.Html("news/2021/y/index.html").QuerySelector(".lead a, .prose a")!.GetAttribute("href"), Is.EqualTo("/news/2027/soon/"));
        });
    }
}
