using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>One Atom feed: where it lives, the page it stands for, and its newest releases (at most feed_size).</summary>
/// <param name="Path">Site-relative path of the feed file.</param>
/// <param name="ListPath">Site-relative path of the HTML page that lists the same releases (the feed's alternate).</param>
internal sealed record AtomFeed(string Path, string ListPath, string Title, string? Subtitle, ImmutableArray<Release> Entries)
{
    public static AtomFeed ForSite(Site site) =>
        Create(site, UrlScheme.Home, site.Settings.Title, site.Settings.Description, site.Releases);

    public static AtomFeed ForPartner(Site site, Partner partner) =>
        Create(site, UrlScheme.Partner(partner.Id), $"{site.Settings.Title}: {partner.Name}", partner.Description, [.. site.Releases.Where(r => r.Partners.Any(p => p.Id == partner.Id))]);

    public static AtomFeed ForTopic(Site site, Topic topic) =>
        Create(site, UrlScheme.Topic(topic.Id), $"{site.Settings.Title}: {topic.Name}", topic.Description, [.. site.Releases.Where(r => r.Topics.Any(t => t.Id == topic.Id))]);

    private static AtomFeed Create(Site site, string listPath, string title, string? subtitle, ImmutableArray<Release> newestFirst) =>
        new(UrlScheme.FeedOf(listPath), listPath, title, string.IsNullOrWhiteSpace(subtitle) ? null : subtitle, newestFirst.Take(site.Settings.FeedSize).ToImmutableArray());
}
