using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Modeling;

/// <summary>Makes the <see cref="ReleaseEvent"/> of a release's checked <c>event:</c>, and says when an event is over.</summary>
internal static class EventFactory
{
    public static ReleaseEvent? Create(EventFrontMatter? written, string releaseTitle) => written is null ? null : new ReleaseEvent
    {
        Name = written.Name ?? releaseTitle,
        Start = written.Start.Instant,
        End = EndOf(written),
        AllDay = !written.Start.HasTime && written.End is not { HasTime: true },
        VenueName = written.VenueName,
        VenueAddress = written.VenueAddress,
        Online = written.Online,
        Registration = written.Registration,
    };

    /// <summary>
    /// The end as written; a day given alone ends at the midnight after it; no end: the start for a time of day
    /// (an event without a length, as in iCalendar), the day's end for a day.
    /// </summary>
    public static DateTimeOffset EndOf(EventFrontMatter written)
    {
        var last = written.End ?? written.Start;
        return last.HasTime ? last.Instant : last.Instant.AddDays(1);
    }
}
