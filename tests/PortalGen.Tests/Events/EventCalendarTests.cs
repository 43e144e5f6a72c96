using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using PortalGen.Settings;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Events;

/// <summary>
/// Every .ics the build writes, read back by a real calendar parser (Ical.Net): each release's event.ics and the
/// site's events.ics, as RFC 5545 lines, the same bytes in every build.
/// </summary>
public sealed class EventCalendarTests() : BuiltSiteTests(EventSite.Files)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private string[] Calendars => [.. Built.OutputPaths.Where(path => path.EndsWith(".ics", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private CalendarEvent[] EventsOf(string path) => [.. Calendar.Load(Built.Read(path))!.Events];

    [Test]
    public void Each_event_and_the_site_have_a_calendar()
    {
        Assert.That(Calendars, Is.EqualTo(new[] { "events.ics", "news/2024/lecture/event.ics", "news/2026/open-day/event.ics", "news/2026/summit/event.ics" }));
    }

    [Test]
    public void A_release_calendar_reads_back_as_its_event()
    {
        var open = EventsOf("news/2026/open-day/event.ics").Single();

        Assert.Multiple(() =>
        {
            Assert.That(open.Summary, Is.EqualTo("Open lab day <b>live</b>"));
            Assert.That(open.Description, Is.EqualTo(EventSite.OpenDaySummary));
            Assert.That(open.Location, Is.EqualTo("Lab & Hall <i>B</i>, Max-Planck-Ring 4, 72076 Tübingen"));
            Assert.That(open.Url, Is.EqualTo(new Uri("https://news.example.org/news/2026/open-day/")));
            Assert.That(open.Uid, Is.EqualTo("news/2026/open-day@news.example.org"));
            Assert.That(open.DtStart!.IsUtc, Is.True);
            Assert.That(open.DtStart.AsUtc, Is.EqualTo(new DateTime(2027, 3, 18, 9, 0, 0, DateTimeKind.Utc)));
            Assert.That(open.DtEnd!.AsUtc, Is.EqualTo(new DateTime(2027, 3, 18, 15, 0, 0, DateTimeKind.Utc)));
            Assert.That(open.DtStamp!.AsUtc, Is.EqualTo(new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc)), "the release's lastmod, never the clock");
        });
    }

    [Test]
    public void A_days_only_event_is_all_day_and_ends_the_day_after_its_last()
    {
        var summit = EventsOf("news/2026/summit/event.ics").Single();

        Assert.Multiple(() =>
        {
            Assert.That(summit.IsAllDay, Is.True);
            Assert.That(summit.DtStart!.HasTime, Is.False);
            Assert.That(summit.DtStart.Value, Is.EqualTo(new DateTime(2027, 1, 10)));
            Assert.That(summit.DtEnd!.Value, Is.EqualTo(new DateTime(2027, 1, 12)));
            Assert.That(summit.Location, Is.EqualTo("https://summit.events.example/"));
            Assert.That(summit.Description, Does.StartWith("Zwei Tage Gespräche").And.EndWith("alle Interessierten."));
        });
    }

    [Test]
    public void The_site_calendar_holds_every_event_in_start_order()
    {
        Assert.That(EventsOf("events.ics").Select(e => e.Summary), Is.EqualTo(new[] { "Opening lecture", "AI Summit", "Open lab day <b>live</b>" }));
    }

    [Test]
    public void Lines_end_in_CRLF_and_fold_at_75_octets_between_whole_characters()
    {
        foreach (var path in Calendars)
        {
            var bytes = Built.Bytes(path)!;
            var lines = SplitAtCrlf(bytes);

            Assert.Multiple(() =>
            {
                Assert.That(bytes.AsSpan().EndsWith("END:VCALENDAR\r\n"u8), Is.True, path);
                Assert.That(lines.Where(line => line.Contains((byte)'\n') || line.Contains((byte)'\r')), Is.Empty, $"{path}: a bare line break");
                Assert.That(lines.Where(line => line.Length > 75).Select(StrictUtf8.GetString), Is.Empty, $"{path}: a line over 75 octets");
                Assert.That(() => lines.ForEach(line => StrictUtf8.GetString(line)), Throws.Nothing, $"{path}: a character split by folding");
            });
        }

        Assert.That(Built.Read("news/2026/summit/event.ics"), Does.Contain("\r\n "), "the long description is folded");
    }

    [Test]
    public void Text_is_escaped_as_RFC_5545_asks()
    {
        Assert.That(Built.Read("news/2026/open-day/event.ics"), Does.Contain(@"DESCRIPTION:Demos\, talks\; and a tour – with <em>coffee</em>" + "\r\n"));
    }

    [Test]
    public void Calendars_are_the_same_bytes_in_every_build_and_whatever_the_clock_says()
    {
        var later = MemorySite.BuildOk(EventSite.Files, settings => settings with { Clock = new FixedClock(TestSite.Now.AddDays(3)) });

        Assert.Multiple(() =>
        {
            foreach (var path in Calendars)
            {
                Assert.That(MemorySite.BuildOk(EventSite.Files).Bytes(path), Is.EqualTo(Built.Bytes(path)), path);
                Assert.That(later.Bytes(path), Is.EqualTo(Built.Bytes(path)), path);
            }
        });
    }

    private static List<byte[]> SplitAtCrlf(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 2;
            }
        }

        Assert.That(start, Is.EqualTo(bytes.Length), "the last line ends in CRLF");
        return lines;
    }
}
