using PortalGen.Diagnostics;
using PortalGen.Tests.Support;
using static PortalGen.Tests.Support.PortalGenCommand;

namespace PortalGen.Tests.Cli;

/// <summary><c>portalgen new</c>: the file it writes, that it builds clean, and what it refuses.</summary>
[NonParallelizable]
public sealed class NewCommandTests
{
    private const string BerlinSite = """
        -- content/site.yml --
        title: Test Portal
        base_url: https://news.example.org/portal/
        timezone: Europe/Berlin

        """;

    /// <summary>Runs <c>portalgen new</c> in the site's folder, as an editor would.</summary>
    private static (int ExitCode, string Output, string Error) New(TestSite site, string title, params string[] more) =>
        RunIn(site.Root, ["new", title, "--now", "2026-11-27T12:00:00Z", .. more]);

    [Test]
    public void New_writes_a_draft_with_complete_front_matter_dated_now_in_the_site_zone()
    {
        using var site = TestSite.Create(TestSite.Basics + BerlinSite);

        var (exitCode, output, error) = New(site, "Tübingen: \"AI\" # 1 \\ more", "--partners", "nec, mpi-is", "--topics", "ai");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Is.EqualTo("content/news/2026/tuebingen-ai-1-more.md\n"));
            Assert.That(File.ReadAllText(Path.Combine(site.Root, "content/news/2026/tuebingen-ai-1-more.md")), Is.EqualTo("""
                ---
                title: "Tübingen: \"AI\" # 1 \\ more"
                date: 2026-11-27T13:00:00+01:00
                draft: true
                partners: ["nec", "mpi-is"]
                topics: ["ai"]
                summary: ""  # one or two sentences for cards, feeds and search; left empty, the first paragraph serves
                ---

                The first paragraph is the lead: who, what, when and where, in two or three sentences.

                The rest of the release in Markdown.

                """));
        });
    }

    [Test]
    public void A_new_release_builds_with_no_diagnostic_but_its_placeholders_and_shows_its_title()
    {
        using var site = TestSite.Create(TestSite.Basics + BerlinSite);
        var title = "Tübingen: \"AI\" # 1 \\ more";
        New(site, title, "--partners", "nec", "--topics", "ai,start-ups", "--date", "2026-11-20");

        var result = site.Build(options => options with { IncludeDrafts = true });

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { DiagnosticCodes.PlaceholderTextLeft, DiagnosticCodes.PlaceholderTextLeft }));
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.Succeeded));
            var page = site.Html("news/2026/tuebingen-ai-1-more/index.html");
            Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo(title));
            Assert.That(page.QuerySelectorAll("a[href='/portal/partners/nec/']"), Is.Not.Empty);
        });
    }

    [Test]
    public void Placeholder_text_left_from_new_is_a_warning_at_its_line_that_strict_makes_an_error_until_it_is_replaced()
    {
        using var site = TestSite.Create(TestSite.Basics);
        New(site, "Ready", "--draft", "false");

        var (exitCode, output, error) = RunIn(site.Root, SiteArguments(site, "check"));
        var strict = RunIn(site.Root, [.. SiteArguments(site, "check"), "--strict"]);
        var path = Path.Combine(site.Root, "content/news/2026/ready.md");
        File.WriteAllText(path, File.ReadAllText(path)
            .Replace("The first paragraph is the lead: who, what, when and where, in two or three sentences.", "The consortium opened its lab in Tübingen today.", StringComparison.Ordinal)
            .Replace("The rest of the release in Markdown.", "Forty researchers will work there.", StringComparison.Ordinal));
        var replaced = RunIn(site.Root, [.. SiteArguments(site, "check"), "--strict"]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(error, Is.EqualTo("""
                content/news/2026/ready.md:10:1: warning: the release still holds the placeholder 'The first paragraph is the lead: who, what, when and where, in two or three sentences.' (replace the placeholder text written by portalgen new)
                content/news/2026/ready.md:12:1: warning: the release still holds the placeholder 'The rest of the release in Markdown.' (replace the placeholder text written by portalgen new)

                """));
            Assert.That(output, Does.StartWith("Checked 1 releases: no errors, 2 warnings"));
            Assert.That(strict.ExitCode, Is.EqualTo(1));
            Assert.That(strict.Error, Does.StartWith("content/news/2026/ready.md:10:1: error: the release still holds the placeholder").And.EndWith("2 errors, 0 warnings: the site would not build.\n"));
            Assert.That(replaced.ExitCode, Is.Zero, replaced.Error);
            Assert.That(replaced.Error, Is.Empty);
            Assert.That(replaced.Output, Does.StartWith("Checked 1 releases: no errors, 0 warnings"));
        });
    }

    [TestCase(false, 0)]
    [TestCase(true, 2)]
    public void A_draft_s_placeholders_are_warned_of_only_when_the_draft_is_published(bool drafts, int warnings)
    {
        using var site = TestSite.Create(TestSite.Basics);
        New(site, "Not yet");

        var result = site.BuildOk(options => options with { IncludeDrafts = drafts });

        Assert.That(result.Diagnostics.Count(d => d.Code == DiagnosticCodes.PlaceholderTextLeft), Is.EqualTo(warnings));
    }

    [Test]
    public void A_new_release_is_a_draft_left_out_of_a_plain_build()
    {
        using var site = TestSite.Create(TestSite.Basics);
        New(site, "Draft news");

        var result = site.BuildOk();

        Assert.That(result.LeftOut.Single().SourcePath, Is.EqualTo("content/news/2026/draft-news.md"));
    }

    [Test]
    public void Draft_false_and_a_slug_write_a_release_ready_to_publish()
    {
        using var site = TestSite.Create(TestSite.Basics);

        var (exitCode, output, _) = New(site, "Ready", "--slug", "ready-now", "--draft", "false", "--date", "2026-11-01T09:30");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero);
            Assert.That(output, Is.EqualTo("content/news/2026/ready-now.md\n"));
            Assert.That(site.BuildOk().Releases, Is.EqualTo(1));
            Assert.That(site.Exists("news/2026/ready-now/index.html"), Is.True);
        });
    }

    [Test]
    public void New_never_overwrites_an_existing_release()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2026/x.md", "title: Old\ndate: 2026-01-01"));
        var path = Path.Combine(site.Root, "content/news/2026/x.md");
        var before = File.ReadAllText(path);

        var (exitCode, output, error) = New(site, "X");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Is.Empty);
            Assert.That(error, Is.EqualTo("content/news/2026/x.md: error: a release with this path already exists; it was left as it is (give another title, or choose the slug with --slug)\nNothing was written.\n"));
            Assert.That(File.ReadAllText(path), Is.EqualTo(before));
        });
    }

    [Test]
    public void Unknown_partner_names_the_closest_one_and_nothing_is_written()
    {
        using var site = TestSite.Create(TestSite.Basics);

        var (exitCode, _, error) = New(site, "X", "--partners", "nec,mpi-si", "--topics", "aii");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Is.EqualTo("""
                --partners: error: unknown partner 'mpi-si' (did you mean 'mpi-is'?)
                --topics: error: unknown topic 'aii' (did you mean 'ai'?)
                Nothing was written.

                """));
            Assert.That(Directory.Exists(Path.Combine(site.Root, "content/news")), Is.False);
        });
    }

    [Test]
    public void A_date_that_is_not_a_date_is_reported_with_the_option()
    {
        using var site = TestSite.Create(TestSite.Basics);

        var (exitCode, _, error) = New(site, "X", "--date", "2026-02-30");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.StartWith("--date: error: '2026-02-30' is not a valid date (write dates as 2020-12-02 or 2020-12-02T09:00:00+01:00)\n"));
        });
    }

    [TestCase("0001-01-01")]
    [TestCase("9999-12-31T23:59:59-12:00")]
    [TestCase("2201-01-01")]
    public void A_date_outside_the_years_1900_to_2200_is_reported_with_the_option(string date)
    {
        using var site = TestSite.Create(BerlinSite);

        var (exitCode, _, error) = New(site, "X", "--date", date);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.StartWith($"--date: error: --date must be a date between the years 1900 and 2200, found '{date}' (check the year for a typo)\n"));
            Assert.That(Directory.Exists(Path.Combine(site.Root, "content/news")), Is.False);
        });
    }

    [TestCase("X", "con", "the slug 'con'")]
    [TestCase("Nul", null, "the title gives the slug 'nul'")]
    public void A_slug_that_is_a_windows_device_name_is_refused_as_the_build_would(string title, string? slug, string what)
    {
        using var site = TestSite.Create(TestSite.Basics);

        var (exitCode, _, error) = New(site, title, slug is null ? [] : new[] { "--slug", slug });

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.StartWith($"--slug: error: {what}, which is a device name on Windows, where the site could not be written (give another with --slug, such as '{what[^4..^1]}-news')\n"));
            Assert.That(Directory.Exists(Path.Combine(site.Root, "content/news")), Is.False);
        });
    }

    [Test]
    public void A_title_longer_than_a_headline_is_refused_as_the_build_would_and_nothing_is_written()
    {
        using var site = TestSite.Create(TestSite.Basics);
        var title = string.Join(' ', Enumerable.Repeat("Consortium", 25)); // 274 characters, with a short slug: the title alone is refused

        var (exitCode, _, error) = New(site, title, "--slug", "short");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.StartWith("<title>: error: 'title' is 274 characters long, more than the 250 a headline may have (shorten it, and move the rest to 'summary' or the body)\n"));
            Assert.That(Directory.Exists(Path.Combine(site.Root, "content/news")), Is.False);
        });
    }

    [Test]
    public void A_title_without_letters_or_digits_asks_for_a_slug()
    {
        using var site = TestSite.Create(TestSite.Basics);

        var (exitCode, _, error) = New(site, "!!!");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.StartWith("--slug: error: the title gives no usable slug ('') (give one with --slug: lowercase letters, digits and hyphens)\n"));
        });
    }

    [Test]
    public void New_works_on_a_site_whose_registries_name_partners_and_topics_per_language()
    {
        using var site = TestSite.Create("""
            -- content/site.yml --
            title: Test Portal
            base_url: https://news.example.org/
            languages: [en, de]
            -- content/partners.yml --
            - id: uni-tuebingen
              name: {en: University of Tübingen, de: Universität Tübingen}
              kind: science
            -- content/topics.yml --
            - id: ai
              name: {en: Artificial intelligence, de: Künstliche Intelligenz}

            """);

        var (exitCode, output, error) = New(site, "Two languages", "--partners", "uni-tuebingen", "--topics", "ai");

        Assert.Multiple(() =>
        {
            Assert.That(error, Is.Empty);
            Assert.That(exitCode, Is.Zero);
            Assert.That(output, Is.EqualTo("content/news/2026/two-languages.md\n"));
        });
    }
}
