using PortalGen.Model;
using Scriban.Runtime;
using static PortalGen.Rendering.ReadOnlyViews;

namespace PortalGen.Rendering;

/// <summary>The events releases announce: a release's <c>page.event</c>, and <c>events</c>, upcoming and past as of the build's now.</summary>
internal sealed partial class TemplateViews
{
    /// <summary>
    /// The edition's events: <c>upcoming</c> in the order they start, <c>past</c> the latest first, each a release's view
    /// whose <c>event</c> says when and where; null on a site whose releases announce none.
    /// </summary>
    private ScriptObject? EventsView()
    {
        var events = SiteEvents.Of(site);
        if (events.IsEmpty)
        {
            return null;
        }

        return Freeze(new ScriptObject
        {
            ["upcoming"] = ReleaseList([.. events.Where(release => release.Event!.IsUpcoming(now))]),
            ["past"] = ReleaseList([.. events.Where(release => !release.Event!.IsUpcoming(now)).Reverse()]),
            ["url"] = site.Urls.Href(UrlScheme.Events),
            ["calendar_url"] = site.Urls.Href(UrlScheme.EventsCalendar),
        });
    }

    private ScriptObject? EventView(Release release)
    {
        if (release.Event is not { } announced)
        {
            return null;
        }

        var urls = site.UrlsOf(release);
        return Freeze(new ScriptObject
        {
            ["name"] = announced.Name,
            ["when"] = EventDateTexts.When(announced, site.Settings.Language),
            ["start_iso"] = DateTexts.Instant(announced.Start),
            ["end_iso"] = DateTexts.Instant(announced.End),
            ["all_day"] = announced.AllDay,
            ["venue_name"] = announced.VenueName,
            ["venue_address"] = announced.VenueAddress,
            ["online_url"] = announced.Online,
            ["registration_url"] = announced.Registration,
            ["calendar_url"] = urls.Href(UrlScheme.EventCalendar(release.Path)),
            ["upcoming"] = announced.IsUpcoming(now),
            ["json_ld"] = Lazily(() => JsonLd.Event(site, release, announced)),
        });
    }
}
