using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>A release's lead image as an RSS enclosure: where it is, how many bytes, and its media type.</summary>
internal readonly record struct Enclosure(string Url, long Length, string MediaType)
{
    /// <returns>The enclosure, or null for a release without a lead image.</returns>
    public static Enclosure? Of(Site site, Release release, PublishedFileLengths lengths)
    {
        if (release.Image is not { } image)
        {
            return null;
        }

        var url = site.Urls.AssetPermalink(image, release.Path);
        if (!image.StartsWith('/'))
        {
            // An image on another host is not fetched; RSS's best practices profile says 0 for a length that cannot be known.
            return new Enclosure(url, 0, MediaTypeOf(new Uri(url).AbsolutePath));
        }

        return lengths.LengthOf(image.TrimStart('/')) is { } length ? new Enclosure(url, length, MediaTypeOf(image)) : null;
    }

    private static string MediaTypeOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => "image/jpeg",
        ".png" => "image/png",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".avif" => "image/avif",
        ".svg" => "image/svg+xml",
        _ => "application/octet-stream",
    };
}
