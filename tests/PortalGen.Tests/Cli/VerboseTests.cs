using PortalGen.Tests.Support;
using static PortalGen.Tests.Support.PortalGenCommand;

namespace PortalGen.Tests.Cli;

/// <summary><c>--verbose</c>: every release left out, with its file and the rule that kept it out.</summary>
[NonParallelizable]
public sealed class VerboseTests
{
    private const string LeftOutReleases = TestSite.Basics + """
        -- content/news/2020/x.md --
        ---
        title: X
        date: 2020-12-02
        ---
        -- content/news/2026/draft.md --
        ---
        title: D
        date: 2026-01-01
        draft: true
        ---
        -- content/news/2026/embargoed.md --
        ---
        title: E
        date: 2026-11-27
        embargo: 2026-11-27T13:01:00+01:00
        ---
        -- content/news/2026/expired.md --
        ---
        title: O
        date: 2026-01-01
        expires: 2026-11-27T11:59:00Z
        ---
        -- content/news/2027/future.md --
        ---
        title: F
        date: 2027-01-01T09:00:00+01:00
        ---

        """;

    [TestCase("build")]
    [TestCase("check")]
    public void Verbose_lists_every_left_out_release_with_its_reason(string command)
    {
        using var site = TestSite.Create(LeftOutReleases);
        var (exitCode, printed, error) = RunIn(site.Root, command, "--verbose", "--now", "2026-11-27T12:00:00Z");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(printed.Split('\n')[..4], Is.EqualTo(new[]
            {
                "content/news/2026/draft.md: left out: draft (--drafts includes it)",
                "content/news/2026/embargoed.md: left out: embargoed until 2026-11-27T13:01:00+01:00 (--future includes it)",
                "content/news/2026/expired.md: left out: expired at 2026-11-27T11:59:00+00:00",
                "content/news/2027/future.md: left out: dated 2027-01-01T09:00:00+01:00, in the future (--future includes it)",
            }));
            Assert.That(printed, Does.Contain("left out: 1 draft, 1 future, 1 embargoed, 1 expired."));
        });
    }

    [Test]
    public void Without_verbose_only_the_counts_are_printed()
    {
        using var site = TestSite.Create(LeftOutReleases);

        var (_, printed, _) = Run(SiteArguments(site, "check"));

        Assert.That(printed, Does.Not.Contain("draft.md"));
    }
}
