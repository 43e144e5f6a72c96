using PortalGen.Model;

namespace PortalGen.Rendering;

/// <summary>
/// What a release offers search engines and social networks as its picture, with absolute URLs: its lead image's crops
/// (16:9 first), else its social card, else nothing. The sharing tags take the first, JSON-LD all of them.
/// </summary>
internal static class ShareImages
{
    public static IEnumerable<(string Url, ImageVariant Image)> Of(Site site, Release release) =>
        !release.ShareCrops.IsDefaultOrEmpty ? release.ShareCrops.Select(crop => (site.Urls.AssetPermalink(release.VariantUrl(crop)!, release.Path), crop))
        : release.SocialCard is { } card ? [(site.UrlsOf(release).Permalink(release.Path + card.FileName), card)]
        : [];
}
