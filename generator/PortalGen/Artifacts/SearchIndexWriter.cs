using System.Buffers;
using System.Text.Json;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>
/// Writes search-index.json for the search page's script: one record per release, newest first, holding
/// what the script matches on (title, partners, topics, summary, the start of the body) and what it shows.
/// </summary>
internal static class SearchIndexWriter
{
    public static void Write(Site site, IBufferWriter<byte> output) => JsonArtifact.Write(output, json =>
    {
        json.WriteStartObject();
        JsonArtifact.WriteReleases(json, "releases", site, site.Releases, WriteRelease);
        json.WriteEndObject();
    });

    private static void WriteRelease(Utf8JsonWriter json, Site site, Release release)
    {
        json.WriteStartObject();
        json.WriteString("title", release.Title);
        json.WriteString("url", site.UrlsOf(release).Href(release.Path));
        json.WriteString("date", DateTexts.LongDate(release.Date, site.Settings.Language));
        // The search page's datetime attributes, in the one form the pages' own carry.
        json.WriteString("iso", DateTexts.Instant(release.Date));
        json.WriteString("summary", release.Summary);
        json.WriteStartArray("partners");
        foreach (var partner in release.Partners)
        {
            // The short name too, since readers search for "MPI-IS" as often as for the full name.
            json.WriteStringValue(partner.ShortName == partner.Name ? partner.Name : $"{partner.Name} ({partner.ShortName})");
        }

        json.WriteEndArray();
        json.WriteStartArray("topics");
        foreach (var topic in release.Topics)
        {
            json.WriteStringValue(topic.Name);
        }

        json.WriteEndArray();
        json.WriteString("text", release.ContentText.Span);
        json.WriteEndObject();
    }
}
