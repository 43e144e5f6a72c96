using PortalGen.Tests.Support;
using static PortalGen.Tests.Support.PortalGenCommand;

namespace PortalGen.Tests.Events;

/// <summary>An event ending moves it from the upcoming events to the past ones, so <c>next-due</c> names that instant.</summary>
public sealed class EventNextDueTests
{
    private static readonly string Talk = TestSite.Basics + Release.File(
        "2026/talk.md",
        "title: Talk\ndate: 2026-11-01\nevent:\n  start: 2026-12-03T18:00:00+01:00\n  end: 2026-12-03T20:00:00+01:00");

    private static (int ExitCode, string Output, string Error) NextDue(string now)
    {
        using var site = TestSite.Create(Talk);
        return Run([.. SiteArguments(site, "next-due")[..^1], now]);
    }

    [Test]
    public void Before_the_event_ends_its_end_is_due()
    {
        var (exitCode, output, error) = NextDue("2026-11-27T12:00:00Z");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Is.EqualTo("2026-12-03T19:00:00Z\n"));
        });
    }

    [Test]
    public void After_the_event_ended_nothing_is_due()
    {
        var (exitCode, output, error) = NextDue("2026-12-03T19:00:00Z");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(output, Is.Empty);
        });
    }

    [Test]
    public void A_days_only_event_is_due_at_the_midnight_after_its_last_day()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2026/fair.md", "title: Fair\ndate: 2026-11-01\nevent:\n  start: 2026-12-01\n  end: 2026-12-02"));

        Assert.That(Run([.. SiteArguments(site, "next-due")]).Output, Is.EqualTo("2026-12-03T00:00:00Z\n"));
    }
}
