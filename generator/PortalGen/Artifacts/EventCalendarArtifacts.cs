using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>The calendars of one language's edition: each own release's event.ics beside its page, and events.ics of all its events.</summary>
internal static class EventCalendarArtifacts
{
    public static IEnumerable<Artifact> Plan(Site site)
    {
        var events = SiteEvents.Of(site);
        if (events.IsEmpty)
        {
            return [];
        }

        var calendars = events.Where(site.IsOwn).Select(release =>
            new Artifact(site.Urls.OutputFileOf(UrlScheme.EventCalendar(release.Path)), bytes => EventCalendarWriter.Write(site, [release], release.Event!.Name, bytes)));
        return calendars.Append(new Artifact(site.Urls.OutputFileOf(UrlScheme.EventsCalendar), bytes => EventCalendarWriter.Write(site, events, site.Settings.Title, bytes)));
    }
}
