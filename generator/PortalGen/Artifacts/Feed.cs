using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>
/// One feed, whatever format it is written in: the page it stands for and its newest releases (at most
/// feed_size), chosen once and shared by its Atom, RSS and JSON files.
/// </summary>
/// <param name="ListPath">Site-relative path of the HTML page that lists the same releases (the feed's alternate).</param>
internal sealed record Feed(string ListPath, string Title, string? Subtitle, ImmutableArray<Release> Entries)
{
    public static Feed ForSite(Site site) =>
        Create(site, UrlScheme.Home, site.Settings.Title, site.Settings.Description, site.Releases);

    public static Feed ForPartner(Site site, Partner partner) =>
        Create(site, UrlScheme.Partner(partner.Id), $"{site.Settings.Title}: {partner.Name}", partner.Description, [.. site.Releases.Where(r => r.Partners.Any(p => p.Id == partner.Id))]);

    public static Feed ForTopic(Site site, Topic topic) =>
        Create(site, UrlScheme.Topic(topic.Id), $"{site.Settings.Title}: {topic.Name}", topic.Description, [.. site.Releases.Where(r => r.Topics.Any(t => t.Id == topic.Id))]);

    /// <summary>Site-relative path of the feed's file in <paramref name="format"/>.</summary>
    public string PathOf(FeedFormat format) => UrlScheme.FeedOf(ListPath, format);

    /// <summary>When an entry last changed: its lastmod, else its date.</summary>
    public static DateTimeOffset UpdatedOf(Release release) => release.LastModified ?? release.Date;

    /// <summary>Who a release is credited to in every format: its author, else the site.</summary>
    public static string CreditOf(Site site, Release release) => release.Author ?? site.Settings.Title;

    /// <summary>
    /// The newest change among the entries, never the build time, so an unchanged site gives an unchanged feed.
    /// A feed with no entries (a partner without releases yet) takes the site's newest release, else the Unix epoch.
    /// </summary>
    public DateTimeOffset Updated(Site site)
    {
        var candidates = Entries.IsEmpty ? site.Releases : Entries;
        return candidates.IsEmpty ? DateTimeOffset.UnixEpoch : candidates.Max(UpdatedOf);
    }

    private static Feed Create(Site site, string listPath, string title, string? subtitle, ImmutableArray<Release> newestFirst) =>
        new(listPath, title, string.IsNullOrWhiteSpace(subtitle) ? null : subtitle, [.. newestFirst.Take(site.Settings.FeedSize)]);
}
