using PortalGen.Tests.Support;

namespace PortalGen.Tests.Building;

/// <summary><c>build --preview-banner "PR #12"</c>: every page of the build says it is a preview, and nothing of it is indexed.</summary>
public sealed class PreviewBannerTests
{
    [Test]
    public void Every_page_of_a_preview_shows_the_banner_and_asks_not_to_be_indexed()
    {
        using var site = TestSite.Create(TestSite.OneRelease + TestSite.AboutPage);
        site.BuildOk(options => options with { PreviewBanner = "PR #12 <draft>" });
        var pages = site.OutputPaths.Where(path => path.EndsWith(".html", StringComparison.Ordinal)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(pages, Has.Count.GreaterThan(5));
            foreach (var path in pages)
            {
                var page = site.Html(path);
                Assert.That(page.Head!.QuerySelector("meta[name=robots]")?.GetAttribute("content"), Is.EqualTo("noindex"), path);
                Assert.That(page.Body!.FirstElementChild!.TextContent, Is.EqualTo("Preview: PR #12 <draft>. Not the published site."), path);
            }

            Assert.That(site.Read("robots.txt"), Is.EqualTo("User-agent: *\nDisallow: /\n"));
        });
    }

    [Test]
    public void The_real_site_has_no_banner_and_may_be_crawled()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(site.Html("index.html").QuerySelectorAll("meta[name=robots]").Select(meta => meta.GetAttribute("content")), Has.None.Contains("noindex"));
            Assert.That(site.Read("index.html"), Does.Not.Contain("Not the published site"));
            Assert.That(site.Read("robots.txt"), Does.Contain("Allow: /"));
        });
    }

    [Test]
    public void A_preview_build_after_a_real_one_writes_the_pages_again()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        site.BuildOk();
        var preview = site.BuildOk(options => options with { PreviewBanner = "PR #12" });

        Assert.Multiple(() =>
        {
            Assert.That(preview.UpToDate, Is.False);
            Assert.That(site.Read("index.html"), Does.Contain("Preview: PR #12."));
        });
    }

    [Test]
    public void An_empty_label_is_refused_as_bad_usage()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        var command = PortalGenCommand.Run([.. PortalGenCommand.SiteArguments(site, "build"), "--output", site.Output, "--preview-banner", " "]);

        Assert.Multiple(() =>
        {
            Assert.That(command.ExitCode, Is.EqualTo(2));
            Assert.That(command.Error, Does.Contain("--preview-banner needs a short label"));
        });
    }
}
