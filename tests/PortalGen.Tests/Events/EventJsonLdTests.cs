using System.Text.Json;
using AngleSharp.Dom;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Events;

/// <summary>A release that announces an event describes it to search engines as a schema.org Event.</summary>
public sealed class EventJsonLdTests() : BuiltSiteTests(EventSite.Files)
{
    private static JsonElement EventOf(IDocument page) => PageJsonLd.OfType(page, "Event");

    private static string Text(JsonElement json, string path) =>
        path.Split('.').Aggregate(json, (element, name) => int.TryParse(name, out var index) ? element[index] : element.GetProperty(name)).GetString()!;

    [Test]
    public void An_event_with_a_venue_and_a_stream_is_mixed_with_a_place_and_a_virtual_location()
    {
        var open = EventOf(Built.Html("news/2026/open-day/index.html"));

        Assert.Multiple(() =>
        {
            Assert.That(Text(open, "@context"), Is.EqualTo("https://schema.org"));
            Assert.That(Text(open, "name"), Is.EqualTo("Open lab day <b>live</b>"));
            Assert.That(Text(open, "startDate"), Is.EqualTo("2027-03-18T10:00:00+01:00"));
            Assert.That(Text(open, "endDate"), Is.EqualTo("2027-03-18T16:00:00+01:00"));
            Assert.That(Text(open, "eventAttendanceMode"), Is.EqualTo("https://schema.org/MixedEventAttendanceMode"));
            Assert.That(Text(open, "eventStatus"), Is.EqualTo("https://schema.org/EventScheduled"));
            Assert.That(Text(open, "location.0.@type"), Is.EqualTo("Place"));
            Assert.That(Text(open, "location.0.name"), Is.EqualTo("Lab & Hall <i>B</i>"));
            Assert.That(Text(open, "location.0.address.@type"), Is.EqualTo("PostalAddress"));
            Assert.That(Text(open, "location.0.address.streetAddress"), Is.EqualTo("Max-Planck-Ring 4, 72076 Tübingen"));
            Assert.That(Text(open, "location.1.@type"), Is.EqualTo("VirtualLocation"));
            Assert.That(Text(open, "location.1.url"), Is.EqualTo("https://stream.events.example/open-day"));
            Assert.That(open.GetProperty("organizer").EnumerateArray().Select(o => $"{o.GetProperty("@type")} {o.GetProperty("name")}"), Is.EqualTo(new[] { "Organization NEC Laboratories Europe", "Organization Max Planck Institute for Intelligent Systems" }));
            Assert.That(Text(open, "offers.url"), Is.EqualTo("https://events.example/open-day?a=1&b=2"));
            Assert.That(Text(open, "url"), Is.EqualTo("https://news.example.org/news/2026/open-day/"));
        });
    }

    [Test]
    public void An_online_all_day_event_has_days_a_virtual_location_and_the_site_as_organizer()
    {
        var summit = EventOf(Built.Html("news/2026/summit/index.html"));

        Assert.Multiple(() =>
        {
            Assert.That(Text(summit, "startDate"), Is.EqualTo("2027-01-10"));
            Assert.That(Text(summit, "endDate"), Is.EqualTo("2027-01-11"));
            Assert.That(Text(summit, "eventAttendanceMode"), Is.EqualTo("https://schema.org/OnlineEventAttendanceMode"));
            Assert.That(summit.GetProperty("location").EnumerateArray().Select(l => l.GetProperty("@type").GetString()), Is.EqualTo(new[] { "VirtualLocation" }));
            Assert.That(Text(summit, "organizer.name"), Is.EqualTo("Test Portal"));
            Assert.That(summit.TryGetProperty("offers", out _), Is.False);
        });
    }

    [Test]
    public void An_event_at_a_venue_only_is_offline()
    {
        var lecture = EventOf(Built.Html("news/2024/lecture/index.html"));

        Assert.That(Text(lecture, "eventAttendanceMode"), Is.EqualTo("https://schema.org/OfflineEventAttendanceMode"));
    }
}
