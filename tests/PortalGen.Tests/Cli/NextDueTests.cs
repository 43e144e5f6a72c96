using PortalGen.Tests.Support;
using static PortalGen.Tests.Support.PortalGenCommand;

namespace PortalGen.Tests.Cli;

/// <summary>
/// <c>portalgen next-due</c> prints the first instant after now at which a build's output changes with no file
/// edited, in UTC, for a scheduled job to compare with its clock; nothing when no such instant is ahead.
/// </summary>
public sealed class NextDueTests
{
    private const string Now = "2026-11-27T12:00:00Z";

    private static (int ExitCode, string Output, string Error) NextDue(string releases, params string[] options)
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2019/old.md", "title: Old\ndate: 2019-05-02") + releases);
        return Run([.. SiteArguments(site, "next-due")[..^1], Now, .. options]);
    }

    private static readonly TestCaseData[] Turns =
    [
        new TestCaseData(Release.File("2026/e.md", "title: E\ndate: 2026-11-20\nembargo: 2026-12-01T09:00:00+01:00"), "2026-12-01T08:00:00Z").SetArgDisplayNames("an embargo lifts"),
        new TestCaseData(Release.File("2026/f.md", "title: F\ndate: 2026-12-24T10:00:00+01:00"), "2026-12-24T09:00:00Z").SetArgDisplayNames("a future date arrives"),
        new TestCaseData(Release.File("2026/x.md", "title: X\ndate: 2026-10-01\nexpires: 2026-12-31T23:00:00Z"), "2026-12-31T23:00:00Z").SetArgDisplayNames("a release expires"),
        new TestCaseData(Release.File("2026/n.md", "title: N\ndate: 2026-11-27T09:30:00Z"), "2026-11-29T09:30:00Z").SetArgDisplayNames("a release leaves the news sitemap's 48 hours"),
        new TestCaseData(
            Release.File("2026/e.md", "title: E\ndate: 2026-11-20\nembargo: 2026-12-01T09:00:00+01:00") + Release.File("2026/n.md", "title: N\ndate: 2026-11-27T09:30:00Z"),
            "2026-11-29T09:30:00Z").SetArgDisplayNames("the earliest of several"),
    ];

    [TestCaseSource(nameof(Turns))]
    public void Prints_the_next_instant_the_output_changes_in_UTC(string releases, string due)
    {
        var (exitCode, output, error) = NextDue(releases);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Is.EqualTo(due + "\n"));
        });
    }

    [Test]
    public void Prints_nothing_when_no_change_is_ahead()
    {
        var (exitCode, output, error) = NextDue("");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Is.Empty);
        });
    }

    [Test]
    public void A_draft_counts_only_when_drafts_are_built()
    {
        // Its date alone would turn at noon on 1 December; left out, it changes nothing then.
        var draft = Release.File("2026/d.md", "title: D\ndate: 2026-12-01T12:00:00Z\ndraft: true");

        Assert.Multiple(() =>
        {
            Assert.That(NextDue(draft).Output, Is.Empty);
            Assert.That(NextDue(draft, "--drafts").Output, Is.EqualTo("2026-12-01T12:00:00Z\n"));
        });
    }

    [Test]
    public void Content_errors_exit_1_with_the_errors_and_print_no_instant()
    {
        var (exitCode, output, error) = NextDue(Release.File("2026/f.md", "title: F\ndate: 2026-12-24\npartners: [nex]"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain("content/news/2026/f.md:4:12: error: unknown partner 'nex'"));
        });
    }

    [Test]
    public void With_strict_a_warning_is_printed_as_the_error_it_becomes_and_no_instant()
    {
        var (exitCode, output, error) = NextDue(Release.File("2026/f.md", "title: F\ndate: 2026-12-24", "Raw <br> HTML."), "--strict");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(output, Is.Empty);
            Assert.That(error, Does.Contain("content/news/2026/f.md:5:5: error: raw HTML is left out"));
        });
    }
}
