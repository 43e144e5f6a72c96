using PortalGen.Tests.Support;
using static PortalGen.Tests.Support.PortalGenCommand;

namespace PortalGen.Tests.Cli;

/// <summary>The real command, run in process: exit codes and printed lines as CI sees them.</summary>
[NonParallelizable]
public sealed class CommandLineTests
{
    [Test]
    public void Build_exits_0_and_prints_one_summary_line()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "title: X\ndate: 2020-12-02"));

        var (exitCode, output, error) = Run([.. SiteArguments(site, "build"), "--output", site.Output]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Does.Match(@"^Built \d+ pages \(1 releases\) and copied \d+ files into .+ in \d+\.\d\d s\.\n$"));
            Assert.That(site.Exists("news/2020/x/index.html"), Is.True);
        });
    }

    [Test]
    public void A_second_build_with_nothing_changed_says_so_and_exits_0()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "title: X\ndate: 2020-12-02"));
        Run([.. SiteArguments(site, "build"), "--output", site.Output]);

        var (exitCode, output, error) = Run([.. SiteArguments(site, "build"), "--output", site.Output]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Does.Match(@"^Up to date: nothing changed since the last build into .+, no file was written \(\d+\.\d\d s\)\.\n$"));
        });
    }

    [Test]
    public void Content_errors_exit_1_with_each_error_as_file_line_column()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "title: X\ndate: 2020-12-02\npartners: [nex]"));

        var (exitCode, _, error) = Run([.. SiteArguments(site, "build"), "--output", site.Output]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.Contain("content/news/2020/x.md:4:12: error: unknown partner 'nex' (did you mean 'nec'?)"));
            Assert.That(error, Does.Contain("1 error, 0 warnings: nothing was written; the previous output is unchanged."));
            Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
        });
    }

    /// <remarks>In process the executable is the test host: help that named the executable would say testhost.</remarks>
    [TestCase(new[] { "--help" }, "portalgen [command] [options]")]
    [TestCase(new[] { "build", "--help" }, "portalgen build [options]")]
    [TestCase(new[] { "new", "--help" }, "portalgen new <title> [options]")]
    public void Help_names_the_command_portalgen_whatever_the_executable_is_called(string[] arguments, string usage)
    {
        var (exitCode, output, _) = Run(arguments);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(output, Does.Contain($"Usage:\n  {usage}\n"));
        });
    }

    [Test]
    public void Unknown_option_is_bad_usage_with_exit_2()
    {
        var (exitCode, _, error) = Run("build", "--colour", "red");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.StartWith("portalgen: error: "));
        });
    }

    [TestCase("build")]
    [TestCase("check")]
    public void A_bad_base_url_option_is_bad_usage_naming_the_option_not_site_yml(string command)
    {
        using var site = TestSite.Create(TestSite.OneRelease);

        var (exitCode, output, error) = Run([.. SiteArguments(site, command), "--base-url", "ftp://preview"]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.StartWith("portalgen: error: --base-url must be an absolute http or https address, found 'ftp://preview' (for example https://news.example.org/ or https://example.org/portal/)\n"));
            Assert.That(error, Does.Not.Contain("site.yml"));
            Assert.That(output, Is.Empty);
        });
    }

    [TestCase("9999-12-31T23:59:59Z")]
    [TestCase("0001-01-01T00:00:00Z")]
    public void A_now_outside_the_years_1900_to_2200_is_bad_usage(string now)
    {
        using var site = TestSite.Create(TestSite.OneRelease + "-- content/site.yml --\ntitle: T\nbase_url: https://news.example.org/\ntimezone: Pacific/Kiritimati\n");

        var (exitCode, _, error) = Run([.. SiteArguments(site, "check")[..^1], now]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.StartWith($"portalgen: error: --now must be a date between the years 1900 and 2200, found '{now}' (check the year for a typo)\n"));
        });
    }

    [Test]
    public void Missing_content_folder_is_unusable_input_with_exit_2()
    {
        var (exitCode, _, error) = Run("check", "--content", Path.Combine(Path.GetTempPath(), "no-such-site-" + Guid.NewGuid()));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.Contain("error: the content folder does not exist"));
        });
    }

    [Test]
    public void Check_writes_nothing()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "title: X\ndate: 2020-12-02"));

        var (exitCode, output, _) = Run(SiteArguments(site, "check"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(output, Does.StartWith("Checked 1 releases: no errors"));
            Assert.That(Directory.Exists(site.Output), Is.False);
        });
    }

    [TestCase("build", "nothing was written; the previous output is unchanged")]
    [TestCase("check", "the site would not build")]
    public void Strict_prints_the_warnings_that_fail_the_build_as_errors_and_counts_them(string command, string consequence)
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "title: X\ndate: 2020-12-02", "Raw <br> HTML."));
        var warnings = RunIn(site.Root, SiteArguments(site, "check")).Error;
        string[] output = command == "build" ? ["--output", site.Output] : [];

        var (exitCode, _, error) = RunIn(site.Root, [.. SiteArguments(site, command), .. output, "--strict"]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(warnings, Does.StartWith("content/news/2020/x.md:5:5: warning: raw HTML is left out"));
            Assert.That(error, Is.EqualTo(warnings.Replace(": warning: ", ": error: ", StringComparison.Ordinal) + $"1 error, 0 warnings: {consequence}.\n"));
            Assert.That(Directory.Exists(site.Output), Is.False);
        });
    }

    [Test]
    public void Drafts_and_future_releases_are_left_out_and_counted()
    {
        using var site = TestSite.Create(TestSite.Basics +
            Release.File("2020/x.md", "title: X\ndate: 2020-12-02") +
            Release.File("2026/draft.md", "title: D\ndate: 2026-01-01\ndraft: true") +
            Release.File("2027/future.md", "title: F\ndate: 2027-01-01"));

        var (exitCode, output, _) = Run([.. SiteArguments(site, "build"), "--output", site.Output]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(output, Does.Contain("(1 releases)").And.Contain("left out: 1 draft, 1 future"));
            Assert.That(site.Exists("news/2027/future/index.html"), Is.False);
        });
    }
}
