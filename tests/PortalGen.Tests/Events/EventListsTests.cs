using PortalGen.Settings;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Events;

/// <summary>The events page and the home page's block follow what is upcoming, and a site without events shows none of them.</summary>
public sealed class EventListsTests
{
    private static readonly string PastOnly = TestSite.Basics + Release.File(
        "2024/lecture.md",
        "title: Lecture\ndate: 2024-10-09\nevent:\n  start: 2024-10-23T18:30:00+02:00\n  end: 2024-10-23T20:30:00+02:00");

    [Test]
    public void With_only_past_events_the_home_page_has_no_block_and_the_events_page_says_none_are_coming()
    {
        var site = MemorySite.BuildOk(PastOnly);
        var events = site.Html("events/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(site.Html("index.html").QuerySelector(".upcoming-events"), Is.Null);
            Assert.That(events.QuerySelector("[aria-labelledby='upcoming-heading'] p")!.TextContent, Is.EqualTo("No events are coming up at the moment."));
            Assert.That(events.QuerySelectorAll("[aria-labelledby='past-heading'] .event-list__name").Select(name => name.TextContent), Is.EqualTo(new[] { "Lecture" }));
        });
    }

    [Test]
    public void A_site_whose_releases_announce_no_event_has_no_events_page_and_no_calendar()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease);

        Assert.Multiple(() =>
        {
            Assert.That(site.Exists("events/index.html"), Is.False);
            Assert.That(site.Exists("events.ics"), Is.False);
            Assert.That(site.Html("index.html").QuerySelectorAll("a[href='/events/']"), Is.Empty);
        });
    }

    [Test]
    public void An_event_under_way_is_still_upcoming_and_is_past_from_its_end()
    {
        var talk = TestSite.Basics + Release.File(
            "2026/talk.md",
            "title: Talk\ndate: 2026-11-01\nevent:\n  start: 2026-11-27T11:00:00Z\n  end: 2026-11-27T13:00:00Z");

        string[] Upcoming(DateTimeOffset now) => [.. MemorySite.BuildOk(talk, settings => settings with { Clock = new FixedClock(now) })
            .Html("index.html").QuerySelectorAll(".upcoming-events .event-list__name").Select(name => name.TextContent)];

        Assert.Multiple(() =>
        {
            Assert.That(Upcoming(new DateTimeOffset(2026, 11, 27, 12, 59, 59, TimeSpan.Zero)), Is.EqualTo(new[] { "Talk" }));
            Assert.That(Upcoming(new DateTimeOffset(2026, 11, 27, 13, 0, 0, TimeSpan.Zero)), Is.Empty);
        });
    }

    [Test]
    public void Event_dates_are_written_in_the_pages_language()
    {
        var site = MemorySite.BuildOk(Languages.ThreeLanguages.SiteYml("[en, de, ja]") + TestSite.Basics[TestSite.Basics.IndexOf("-- content/partners.yml", StringComparison.Ordinal)..]
            + Release.File("2026/tag.md", "title: Tag\ndate: 2026-11-01\nevent:\n  start: 2027-03-18T10:00:00+01:00\n  end: 2027-03-18T16:00:00+01:00")
            + Release.File("2026/tag.de.md", "title: Tag\ndate: 2026-11-01\nevent:\n  start: 2027-03-18T10:00:00+01:00\n  end: 2027-03-18T16:00:00+01:00")
            + Release.File("2026/tag.ja.md", "title: Tag\ndate: 2026-11-01\nevent:\n  start: 2027-03-18T10:00:00+01:00\n  end: 2027-03-19T16:00:00+01:00"));

        string When(string page) => site.Html(page).QuerySelector(".event-box time")!.TextContent;

        Assert.Multiple(() =>
        {
            Assert.That(When("news/2026/tag/index.html"), Is.EqualTo("18 March 2027, 10:00–16:00"));
            Assert.That(When("de/news/2026/tag/index.html"), Is.EqualTo("18. März 2027, 10:00–16:00"));
            Assert.That(When("ja/news/2026/tag/index.html"), Is.EqualTo("2027年3月18日, 10:00 – 2027年3月19日, 16:00"));
            Assert.That(site.Html("de/events/index.html").QuerySelector("h1")!.TextContent, Is.EqualTo("Veranstaltungen"));
            Assert.That(site.Exists("de/events.ics"), Is.True);
            Assert.That(site.Exists("ja/news/2026/tag/event.ics"), Is.True);
        });
    }
}
