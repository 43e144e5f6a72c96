using PortalGen.BrowserTests.Support;
using PortalGen.Settings;
using PortalGen.Tests.Support;
using static PortalGen.Tests.Support.PortalGenCommand;

namespace PortalGen.Tests.Checking;

/// <summary>check's link checker: every internal link of the rendered pages resolves, and a broken one names its source.</summary>
[NonParallelizable]
public sealed class LinkCheckTests
{
    private static IReadOnlyList<string> Check(string files, string basics = TestSite.Basics)
    {
        using var site = TestSite.Create(basics + files);
        var result = site.Build(options => options with { OutputDirectory = null, CheckLinks = true });
        Assert.That(Directory.Exists(site.Output), Is.False, "check writes nothing");
        return TestSite.Lines(result);
    }

    [Test]
    public void A_markdown_link_to_a_missing_release_names_the_release_file()
    {
        var lines = Check(Release.File("2020/x.md", "title: X\ndate: 2020-12-02", "See [the plan](/news/2099/nope/)."));

        Assert.That(lines, Is.EqualTo(new[]
        {
            "content/news/2020/x.md:5:16: error: broken link '/news/2099/nope/' on /news/2020/x/: there is no such page or file in this build",
        }));
    }

    [Test]
    public void A_broken_link_in_a_template_names_the_template_line_and_the_pages_it_is_on()
    {
        var lines = Check(Release.File("2020/x.md", "title: X\ndate: 2020-12-02") + """

            -- templates/partials/footer.html --
            <footer>
              <a href="/imprint/">Imprint</a>
            </footer>

            """);

        Assert.That(lines, Is.EqualTo(new[]
        {
            "templates/partials/footer.html:2:12: error: broken link '/imprint/' on / and 12 more pages: there is no such page or file in this build",
        }));
    }

    [Test]
    public void Image_sources_srcset_candidates_and_scripts_are_checked_too()
    {
        var lines = Check(Release.File("2020/x.md", "title: X\ndate: 2020-12-02") + """

            -- templates/partials/footer.html --
            <footer><img src="/logos/nec.svg" srcset="/logos/nec.svg 1x, /logos/nec@2x.png 2x" alt=""><script src="/assets/js/gone.js"></script></footer>

            """);

        Assert.That(lines, Is.EqualTo(new[]
        {
            "templates/partials/footer.html:1:62: error: broken link '/logos/nec@2x.png' on / and 12 more pages: there is no such page or file in this build",
            "templates/partials/footer.html:1:104: error: broken link '/assets/js/gone.js' on / and 12 more pages: there is no such page or file in this build",
        }));
    }

    [Test]
    public void Links_to_pages_files_feeds_and_ids_that_exist_pass()
    {
        var lines = Check(
            Release.File("2020/x.md", "title: X\ndate: 2020-12-02", "## Plans ahead\n\n[Y](/news/2020/y/#details), [top](#plans-ahead), [feed](/feed.xml), [logo](/logos/nec.svg), [out](https://example.com/nowhere), [mail](mailto:press@example.org)") +
            Release.File("2020/y.md", "title: Y\ndate: 2020-12-03", "## Details\n\nText."));

        Assert.That(lines, Is.Empty);
    }

    [Test]
    public void A_fragment_that_is_no_id_on_its_page_is_broken()
    {
        var lines = Check(
            Release.File("2020/x.md", "title: X\ndate: 2020-12-02", "[Y](/news/2020/y/#nope)") +
            Release.File("2020/y.md", "title: Y\ndate: 2020-12-03"));

        Assert.That(lines, Is.EqualTo(new[]
        {
            "content/news/2020/x.md:5:5: error: broken link '/news/2020/y/#nope' on /news/2020/x/: the page has no element with id 'nope'",
        }));
    }

    [Test]
    public void Under_a_sub_path_links_must_stay_below_it()
    {
        var basics = TestSite.Basics.Replace("base_url: https://news.example.org/", "base_url: https://news.example.org/portal/", StringComparison.Ordinal);

        var lines = Check(Release.File("2020/x.md", "title: X\ndate: 2020-12-02", "[ok](/news/2020/x/) [out](https://news.example.org/news/2020/x/) [gone](/gone/)"), basics);

        Assert.That(lines, Is.EqualTo(new[]
        {
            "content/news/2020/x.md:5:27: error: broken link 'https://news.example.org/news/2020/x/' on /portal/news/2020/x/: it points outside the site's base path /portal/",
            "content/news/2020/x.md:5:73: error: broken link '/portal/gone/' on /portal/news/2020/x/: there is no such page or file in this build",
        }));
    }

    [Test]
    public void The_check_command_prints_broken_links_and_exits_1()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "title: X\ndate: 2020-12-02", "[gone](/about/)"));

        var (exitCode, _, error) = RunIn(site.Root, "check", "--now", "2026-11-27T12:00:00Z");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Is.EqualTo("""
                content/news/2020/x.md:5:8: error: broken link '/about/' on /news/2020/x/: there is no such page or file in this build
                1 error, 0 warnings: build would publish the site with these broken links.

                """));
        });
    }

    [Test]
    public void A_check_with_a_broken_link_and_a_content_error_says_the_site_would_not_build()
    {
        using var site = TestSite.Create(TestSite.Basics
            + Release.File("2020/x.md", "title: X\ndate: 2020-12-02", "[gone](/about/)")
            + Release.File("2020/y.md", "title: Y\ndate: 2020-13-02"));

        var (exitCode, _, error) = RunIn(site.Root, "check", "--now", "2026-11-27T12:00:00Z");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("content/news/2020/y.md:3:7: error:"));
            Assert.That(error, Does.EndWith(": the site would not build.\n"));
        });
    }

    [Test]
    public void The_sample_site_checks_without_diagnostics()
    {
        var result = Build.Run(new BuildOptions
        {
            ContentDirectory = Path.Combine(RepositoryRoot.Path, "content"),
            TemplatesDirectory = Path.Combine(RepositoryRoot.Path, "templates"),
            DisplayRoot = RepositoryRoot.Path,
            Clock = new FixedClock(TestSite.Now),
            CheckLinks = true,
        });

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.Empty);
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.Succeeded));
        });
    }
}
