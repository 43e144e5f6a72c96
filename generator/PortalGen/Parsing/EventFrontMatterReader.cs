using PortalGen.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>
/// Reads a release's <c>event:</c> mapping. Every mistake is reported at the value that holds it; an event that cannot
/// be placed in time (no start, or an end before it) is left out, so no page or calendar announces a wrong one.
/// </summary>
internal static class EventFrontMatterReader
{
    private static readonly string[] EventKeys = ["name", "start", "end", "venue", "online", "registration"];
    private static readonly string[] VenueKeys = ["name", "address"];

    public static EventFrontMatter? Read(YamlFieldReader fields, YamlNode eventKey, YamlNode value, TimeZoneInfo siteZone)
    {
        if (YamlFieldReader.IsNull(value) || fields.AsMapping(value, "'event'") is not { } mapping)
        {
            return null;
        }

        string? name = null, venueName = null, venueAddress = null, online = null, registration = null;
        Field<PublishDate>? start = null, end = null;
        var startWritten = false;
        foreach (var (keyNode, child) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "name": name = fields.ReadText(child, "event.name")?.Value; break;
                case "start": (start, startWritten) = (FrontMatterReader.ReadDate(fields, child, "event.start", siteZone), !YamlFieldReader.IsNull(child)); break;
                case "end": end = FrontMatterReader.ReadDate(fields, child, "event.end", siteZone); break;
                case "venue": (venueName, venueAddress) = ReadVenue(fields, child); break;
                case "online": online = ReadUrl(fields, child, "event.online"); break;
                case "registration": registration = ReadUrl(fields, child, "event.registration"); break;
                default: ReportUnknownKey(fields, keyNode, "event", key, EventKeys); break;
            }
        }

        if (start is null)
        {
            // A start written but unreadable has its own error already.
            if (!startWritten)
            {
                fields.Diagnostics.Error(DiagnosticCodes.EventWithoutStart, fields.SpanOf(eventKey), "the event has no 'start'", "add a line such as '  start: 2027-03-04T18:00:00+01:00' below 'event:'");
            }

            return null;
        }

        if (end is { } last && last.Value.Instant < start.Value.Value.Instant)
        {
            fields.Diagnostics.Error(DiagnosticCodes.EventEndsBeforeStart, last.Span, $"the event ends before it starts ({start.Value.Value.Instant:yyyy-MM-dd HH:mm zzz})", "write the end after the start, with the same date form");
            return null;
        }

        return new EventFrontMatter
        {
            Name = name,
            Start = start.Value.Value,
            End = end?.Value,
            VenueName = venueName,
            VenueAddress = venueAddress,
            Online = online,
            Registration = registration,
        };
    }

    /// <summary>A venue is its name and address; a text alone is its name.</summary>
    private static (string? Name, string? Address) ReadVenue(YamlFieldReader fields, YamlNode value)
    {
        if (value is not YamlMappingNode mapping)
        {
            return (fields.ReadText(value, "event.venue")?.Value, null);
        }

        string? name = null, address = null;
        foreach (var (keyNode, child) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "name": name = fields.ReadText(child, "event.venue.name")?.Value; break;
                case "address": address = fields.ReadText(child, "event.venue.address")?.Value; break;
                default: ReportUnknownKey(fields, keyNode, "event.venue", key, VenueKeys); break;
            }
        }

        return (name, address);
    }

    /// <summary>Only an absolute web address: a page, a calendar and a search engine all follow it as it is.</summary>
    private static string? ReadUrl(YamlFieldReader fields, YamlNode value, string key)
    {
        if (fields.ReadText(value, key) is not { } text)
        {
            return null;
        }

        var trimmed = text.Value.Trim();
        if (Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0)
        {
            return trimmed;
        }

        fields.Diagnostics.Error(DiagnosticCodes.InvalidEventUrl, text.Span, $"'{key}' must be an absolute http or https address, found '{text.Value}'", "for example https://events.example.org/register");
        return null;
    }

    private static void ReportUnknownKey(YamlFieldReader fields, YamlNode keyNode, string parent, string key, string[] known) =>
        fields.Diagnostics.Error(
            DiagnosticCodes.UnknownEventKey,
            fields.SpanOf(keyNode),
            $"'{parent}' has no field '{key}'",
            ClosestMatch.Find(key, known) is { } close ? $"did you mean '{close}'? The fields are {string.Join(", ", known)}" : $"the fields are {string.Join(", ", known)}");
}
