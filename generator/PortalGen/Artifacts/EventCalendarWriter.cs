using System.Buffers;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>
/// Writes an iCalendar file (RFC 5545) of the events releases announce: one release's event.ics, or an edition's
/// events.ics to subscribe to. Every value comes from the model, none from the clock, so two builds write the same bytes.
/// </summary>
/// <remarks>
/// Times are written in UTC (20270304T170000Z) rather than with a TZID: a TZID needs a VTIMEZONE with the zone's rules,
/// which Outlook and Google Calendar read differently, while UTC is shown right in every reader's own zone; an event
/// happens once, so no daylight saving rule is needed. A day given alone is an all-day event (VALUE=DATE).
/// </remarks>
internal static class EventCalendarWriter
{
    public static void Write(Site site, IEnumerable<Release> releases, string calendarName, IBufferWriter<byte> output)
    {
        var lines = new ContentLines(output);
        lines.Write("BEGIN", "VCALENDAR");
        lines.Write("VERSION", "2.0");
        lines.Write("PRODID", "-//PortalGen//Events//EN");
        lines.Write("CALSCALE", "GREGORIAN");
        lines.Write("METHOD", "PUBLISH");
        lines.Write("X-WR-CALNAME", ContentLines.Escape(calendarName));
        foreach (var release in releases)
        {
            WriteEvent(lines, site, release, release.Event!);
        }

        lines.Write("END", "VCALENDAR");
    }

    private static void WriteEvent(ContentLines lines, Site site, Release release, ReleaseEvent announced)
    {
        lines.Write("BEGIN", "VEVENT");

        // From the release's language-neutral path: its translations announce the same event, which a calendar keeps once.
        lines.Write("UID", ContentLines.Escape(release.Path.TrimEnd('/') + "@" + site.Settings.BaseUrl.Host));
        lines.Write("DTSTAMP", CalendarText.Utc(release.LastModified ?? release.Date));
        if (announced.AllDay)
        {
            lines.Write("DTSTART;VALUE=DATE", CalendarText.Day(announced.Start));
            lines.Write("DTEND;VALUE=DATE", CalendarText.Day(announced.End));
        }
        else
        {
            lines.Write("DTSTART", CalendarText.Utc(announced.Start));
            if (announced.End > announced.Start)
            {
                lines.Write("DTEND", CalendarText.Utc(announced.End));
            }
        }

        lines.Write("SUMMARY", ContentLines.Escape(announced.Name));
        lines.Write("DESCRIPTION", ContentLines.Escape(release.Summary));
        lines.Write("URL", site.UrlsOf(release).Permalink(release.Path));
        if (LocationOf(announced) is { } location)
        {
            lines.Write("LOCATION", ContentLines.Escape(location));
        }

        lines.Write("STATUS", "CONFIRMED");
        lines.Write("END", "VEVENT");
    }

    /// <summary>The venue's name and address; an online event's address when it has no venue.</summary>
    private static string? LocationOf(ReleaseEvent announced) =>
        announced.HasVenue
            ? string.Join(", ", new[] { announced.VenueName, announced.VenueAddress }.OfType<string>())
            : announced.Online;
}
