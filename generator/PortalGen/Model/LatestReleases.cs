namespace PortalGen.Model;

/// <summary>
/// A partner's latest releases as its member institutions show them on their own sites: the same few in its
/// latest.json and in the HTML snippet its page offers to paste.
/// </summary>
internal static class LatestReleases
{
    public const int Count = 10;

    public const string FileName = "latest.json";

    /// <summary>Site-relative path of a partner's latest.json: partners/ID/latest.json.</summary>
    public static string PathOf(Partner partner) => UrlScheme.Partner(partner.Id) + FileName;

    /// <summary>The partner's feed in the site's first format, which latest.json and the snippet point to beside themselves.</summary>
    public static string FeedPathOf(Site site, Partner partner) => UrlScheme.FeedOf(UrlScheme.Partner(partner.Id), site.Settings.FeedFormats[0]);

    /// <summary>Newest first, as the partner's page lists them.</summary>
    public static IEnumerable<Release> Of(Site site, Partner partner) => site.Indexes.ReleasesOf(partner).Take(Count);
}
