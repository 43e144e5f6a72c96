using PortalGen.Model;

namespace PortalGen.Rendering;

/// <summary>The schema.org Event of a release that announces one.</summary>
internal static partial class JsonLd
{
    /// <summary>
    /// An Event: its dates with their offsets (days alone for an all-day event), how to attend, where (a Place, a
    /// VirtualLocation or both), the release's partners as its organizers and registration as an Offer's URL.
    /// </summary>
    public static string Event(Site site, Release release, ReleaseEvent announced) => ForScriptElement(json =>
    {
        json.WriteString("@context", "https://schema.org");
        json.WriteString("@type", "Event");
        json.WriteString("name", announced.Name);
        json.WriteString("description", release.Summary);
        json.WriteString("url", site.UrlsOf(release).Permalink(release.Path));
        json.WriteString("startDate", DateTexts.Iso(announced.Start, !announced.AllDay));
        json.WriteString("endDate", announced.AllDay ? DateTexts.Iso(announced.End.AddDays(-1), false) : DateTexts.Instant(announced.End));
        json.WriteString("eventAttendanceMode", "https://schema.org/" + AttendanceMode(announced) + "EventAttendanceMode");
        json.WriteString("eventStatus", "https://schema.org/EventScheduled");
        json.WriteStartArray("location");
        if (announced.HasVenue)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Place");
            WriteIfAny(json, "name", announced.VenueName);
            if (announced.VenueAddress is { } address)
            {
                // Editors write the address as one line, so it is the street address's text rather than guessed parts.
                json.WriteStartObject("address");
                json.WriteString("@type", "PostalAddress");
                json.WriteString("streetAddress", address);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        if (announced.Online is { } online)
        {
            json.WriteStartObject();
            json.WriteString("@type", "VirtualLocation");
            json.WriteString("url", online);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("organizer");
        if (release.Partners.IsEmpty)
        {
            WriteSiteOrganization(json, site);
        }
        else
        {
            json.WriteStartArray();
            foreach (var partner in release.Partners)
            {
                json.WriteStartObject();
                WritePartnerReference(json, partner);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (announced.Registration is { } registration)
        {
            json.WriteStartObject("offers");
            json.WriteString("@type", "Offer");
            json.WriteString("url", registration);
            json.WriteEndObject();
        }
    });

    private static string AttendanceMode(ReleaseEvent announced) => (announced.HasVenue, announced.Online is not null) switch
    {
        (true, true) => "Mixed",
        (false, true) => "Online",
        _ => "Offline",
    };
}
