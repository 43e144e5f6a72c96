using PortalGen.Tests.Support;

namespace PortalGen.Tests.Events;

/// <summary>Every mistake in an <c>event:</c> is an error at its line and column that says what to write instead.</summary>
public sealed class EventDiagnosticsTests
{
    private static string[] Errors(string eventLines) =>
        [.. TestSite.Lines(MemorySite.Build(TestSite.Basics + Release.File("2026/e.md", "title: E\ndate: 2026-11-01\nevent:\n" + eventLines)).Result)];

    private static readonly TestCaseData[] Mistakes =
    [
        new TestCaseData("  strat: 2027-01-01\n  start: 2027-01-01", "content/news/2026/e.md:5:3: error: 'event' has no field 'strat' (did you mean 'start'? The fields are name, start, end, venue, online, registration)")
            .SetArgDisplayNames("an unknown key names the closest"),
        new TestCaseData("  start: 2027-01-01\n  venue:\n    adress: Tübingen", "content/news/2026/e.md:7:5: error: 'event.venue' has no field 'adress' (did you mean 'address'? The fields are name, address)")
            .SetArgDisplayNames("an unknown key of the venue"),
        new TestCaseData("  end: 2027-01-01", "content/news/2026/e.md:4:1: error: the event has no 'start' (add a line such as '  start: 2027-03-04T18:00:00+01:00' below 'event:')")
            .SetArgDisplayNames("no start"),
        new TestCaseData("  start: 2027-01-01T18:00:00+01:00\n  end: 2027-01-01T17:00:00+01:00", "content/news/2026/e.md:6:8: error: the event ends before it starts (2027-01-01 18:00 +01:00) (write the end after the start, with the same date form)")
            .SetArgDisplayNames("an end before the start"),
        new TestCaseData("  start: 2027-01-01\n  registration: www.events.example/register", "content/news/2026/e.md:6:17: error: 'event.registration' must be an absolute http or https address, found 'www.events.example/register' (for example https://events.example.org/register)")
            .SetArgDisplayNames("a registration address without its scheme"),
        new TestCaseData("  start: 2027-01-01\n  online: javascript:alert(1)", "content/news/2026/e.md:6:11: error: 'event.online' must be an absolute http or https address, found 'javascript:alert(1)' (for example https://events.example.org/register)")
            .SetArgDisplayNames("an online address of another scheme"),
        new TestCaseData("  start: 2027-13-01", "content/news/2026/e.md:5:10: error: 'event.start' is not a valid date: '2027-13-01' (write dates as 2020-12-02 or 2020-12-02T09:00:00+01:00)")
            .SetArgDisplayNames("a start that is no date"),
    ];

    [TestCaseSource(nameof(Mistakes))]
    public void A_mistake_is_one_error_at_its_place(string eventLines, string error)
    {
        Assert.That(Errors(eventLines), Is.EqualTo(new[] { error }));
    }

    [Test]
    public void An_event_that_is_no_mapping_says_what_was_found()
    {
        var errors = TestSite.Lines(MemorySite.Build(TestSite.Basics + Release.File("2026/e.md", "title: E\ndate: 2026-11-01\nevent: tomorrow")).Result);

        Assert.That(errors, Is.EqualTo(new[] { "content/news/2026/e.md:4:8: error: 'event' must be a set of 'key: value' lines, found 'tomorrow'" }));
    }

    [Test]
    public void Every_mistake_of_one_event_is_reported_in_one_run()
    {
        Assert.That(
            Errors("  start: 2027-01-01\n  online: stream\n  registration: register\n  room: 4").Select(line => line[..line.IndexOf(": error", StringComparison.Ordinal)]),
            Is.EqualTo(new[] { "content/news/2026/e.md:6:11", "content/news/2026/e.md:7:17", "content/news/2026/e.md:8:3" }));
    }
}
