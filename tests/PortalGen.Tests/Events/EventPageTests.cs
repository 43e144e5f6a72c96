using AngleSharp.Dom;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Events;

/// <summary>What a reader sees of the events releases announce: the release's event box, the events page and the home page's block.</summary>
public sealed class EventPageTests() : BuiltSiteTests(EventSite.Files)
{
    private static string[] Facts(IDocument page) =>
        [.. page.QuerySelectorAll(".event-box dt").Zip(page.QuerySelectorAll(".event-box dd"), (term, value) => $"{term.TextContent}: {value.TextContent}")];

    private static string[] EventNames(IElement? section) =>
        [.. section!.QuerySelectorAll(".event-list__name").Select(name => name.TextContent)];

    [Test]
    public void The_release_page_says_when_where_how_to_join_and_register()
    {
        var page = Built.Html("news/2026/open-day/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector(".event-box h2")!.TextContent, Is.EqualTo("Event: Open lab day <b>live</b>"));
            Assert.That(Facts(page), Is.EqualTo(new[]
            {
                "When: 18 March 2027, 10:00–16:00",
                "Where: Lab & Hall <i>B</i>Max-Planck-Ring 4, 72076 Tübingen",
                "Online: https://stream.events.example/open-day",
                "Registration: Register",
            }));
            Assert.That(page.QuerySelector(".event-box time")!.GetAttribute("datetime"), Is.EqualTo("2027-03-18T10:00:00+01:00"));
            Assert.That(page.QuerySelector(".event-box dd a[href^='https://events']")!.GetAttribute("href"), Is.EqualTo("https://events.example/open-day?a=1&b=2"));
        });
    }

    [Test]
    public void Editor_text_in_the_event_box_is_text_never_markup()
    {
        var box = Built.Html("news/2026/open-day/index.html").QuerySelector(".event-box")!;

        Assert.That(box.QuerySelectorAll("b, i"), Is.Empty);
    }

    [Test]
    public void Add_to_calendar_links_the_event_calendar_beside_the_page()
    {
        var link = Built.Html("news/2026/open-day/index.html").QuerySelector(".event-box__calendar a")!;

        Assert.Multiple(() =>
        {
            Assert.That(link.TextContent, Is.EqualTo("Add to calendar"));
            Assert.That(link.GetAttribute("href"), Is.EqualTo("/news/2026/open-day/event.ics"));
            Assert.That(Built.Exists("news/2026/open-day/event.ics"), Is.True);
        });
    }

    [Test]
    public void A_past_events_box_says_it_has_taken_place()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Built.Html("news/2024/lecture/index.html").QuerySelector(".event-box__past")?.TextContent, Is.EqualTo("This event has taken place."));
            Assert.That(Built.Html("news/2026/open-day/index.html").QuerySelector(".event-box__past"), Is.Null);
        });
    }

    [Test]
    public void An_all_day_event_shows_its_days_without_times()
    {
        var page = Built.Html("news/2026/summit/index.html");

        Assert.That(Facts(page), Is.EqualTo(new[] { "When: 10 January 2027 – 11 January 2027", "Online: https://summit.events.example/" }));
    }

    [Test]
    public void A_release_without_an_event_has_no_event_box_and_no_calendar()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Built.Html("news/2025/plain/index.html").QuerySelector(".event-box"), Is.Null);
            Assert.That(Built.Exists("news/2025/plain/event.ics"), Is.False);
        });
    }

    [Test]
    public void The_events_page_lists_upcoming_events_in_start_order_and_past_ones_below()
    {
        var page = Built.Html("events/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("Events"));
            Assert.That(EventNames(page.QuerySelector("[aria-labelledby='upcoming-heading']")), Is.EqualTo(new[] { "AI Summit", "Open lab day <b>live</b>" }));
            Assert.That(EventNames(page.QuerySelector("[aria-labelledby='past-heading']")), Is.EqualTo(new[] { "Opening lecture" }));
            Assert.That(page.QuerySelector(".event-list__meta")!.TextContent, Is.EqualTo("10 January 2027 – 11 January 2027 · Online"));
            Assert.That(page.QuerySelector("a[type='text/calendar']")!.GetAttribute("href"), Is.EqualTo("/events.ics"));
        });
    }

    [Test]
    public void The_home_page_shows_the_upcoming_events_and_links_all_events()
    {
        var home = Built.Html("index.html");
        var block = home.QuerySelector(".upcoming-events");

        Assert.Multiple(() =>
        {
            Assert.That(EventNames(block), Is.EqualTo(new[] { "AI Summit", "Open lab day <b>live</b>" }));
            Assert.That(block!.QuerySelector(".more-link a")!.GetAttribute("href"), Is.EqualTo("/events/"));
            Assert.That(home.QuerySelectorAll(".site-footer a").Select(a => a.GetAttribute("href")), Does.Contain("/events/"));
        });
    }

    [Test]
    public void Only_the_first_page_of_the_home_list_shows_the_upcoming_events()
    {
        Assert.That(Built.Html("page/2/index.html").QuerySelector(".upcoming-events"), Is.Null);
    }
}
