using System.Buffers;
using System.Text.Json;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>Writes a <see cref="Feed"/> as JSON Feed 1.1 (jsonfeed.org) with the full HTML of each release and RFC 3339 dates.</summary>
internal static class JsonFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    public static void Write(Site site, Feed feed, FeedContents contents, IBufferWriter<byte> output) => JsonArtifact.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("version", Version);
        json.WriteString("title", feed.Title);
        json.WriteString("home_page_url", site.Urls.Permalink(feed.ListPath));
        json.WriteString("feed_url", site.Urls.Permalink(feed.PathOf(FeedFormat.Json)));
        if (feed.Subtitle is { } description)
        {
            json.WriteString("description", description);
        }

        json.WriteString("language", site.Settings.Language);
        JsonArtifact.WriteReleases(json, "items", site, feed.Entries, (json, site, release) => WriteItem(json, site, release, contents));
        json.WriteEndObject();
    });

    private static void WriteItem(Utf8JsonWriter json, Site site, Release release, FeedContents contents)
    {
        var permalink = site.UrlsOf(release).Permalink(release.Path);
        json.WriteStartObject();
        json.WriteString("id", permalink);
        json.WriteString("url", permalink);
        json.WriteString("title", release.Title);
        json.WritePropertyName("content_html");
        json.WriteRawValue(contents.JsonString(release), skipInputValidation: true);
        json.WriteString("summary", release.Summary);
        if (release.Image is { } image)
        {
            json.WriteString("image", site.Urls.AssetPermalink(image, release.Path));
        }

        json.WriteString("date_published", FeedDates.Rfc3339(release.Date));
        json.WriteString("date_modified", FeedDates.Rfc3339(Feed.UpdatedOf(release)));
        json.WriteStartArray("authors");
        json.WriteStartObject();
        json.WriteString("name", Feed.CreditOf(site, release));
        json.WriteEndObject();
        json.WriteEndArray();
        if (!release.Topics.IsEmpty)
        {
            json.WriteStartArray("tags");
            foreach (var topic in release.Topics)
            {
                json.WriteStringValue(topic.Name);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
