using System.Buffers;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>
/// Writes a partner's latest.json: its newest releases with absolute URLs, for a member institution's own site to
/// list, and a thumbnail with its size when a release has a photo. Small and without a build date, so it changes
/// only when a release does.
/// </summary>
internal static class LatestReleasesWriter
{
    public static void Write(Site site, Partner partner, IBufferWriter<byte> output) => JsonArtifact.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("partner", partner.Name);
        json.WriteString("language", site.Settings.Language);
        json.WriteString("home_page_url", site.Urls.Permalink(UrlScheme.Partner(partner.Id)));
        json.WriteString("feed_url", site.Urls.Permalink(LatestReleases.FeedPathOf(site, partner)));
        JsonArtifact.WriteReleases(json, "releases", site, LatestReleases.Of(site, partner), (json, site, release) =>
        {
            var urls = site.UrlsOf(release);
            json.WriteStartObject();
            json.WriteString("title", release.Title);
            json.WriteString("summary", release.Summary);
            json.WriteString("date", DateTexts.Iso(release.Date, release.HasTime));
            json.WriteString("url", urls.Permalink(release.Path));
            if (release.Thumbnail?.Src is { } thumbnail)
            {
                json.WriteStartObject("thumbnail");
                json.WriteString("url", urls.AssetPermalink(release.VariantUrl(thumbnail)!, release.Path));
                json.WriteNumber("width", thumbnail.Width);
                json.WriteNumber("height", thumbnail.Height);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        });
        json.WriteEndObject();
    });
}
