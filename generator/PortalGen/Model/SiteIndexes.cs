using System.Collections.Frozen;
using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>
/// The ways into the releases besides the newest-first list: by partner, by topic, by year, and from each
/// release to its neighbours in time and its related releases. Computed once, with the site, by <see cref="Build"/>.
/// </summary>
internal sealed record SiteIndexes
{
    /// <summary>Every partner id of the registry, with its releases newest first (empty when it has none).</summary>
    public required FrozenDictionary<string, ImmutableArray<Release>> ByPartner { get; init; }

    /// <summary>Every topic id of the registry, with its releases newest first (empty when it has none).</summary>
    public required FrozenDictionary<string, ImmutableArray<Release>> ByTopic { get; init; }

    /// <summary>Years with at least one release, newest first.</summary>
    public required ImmutableArray<YearArchive> Years { get; init; }

    /// <summary>
    /// Keyed by the release object itself, not its path: while a build reports two releases with one URL
    /// the site is still modelled (to find every other problem), and both need their links.
    /// </summary>
    public required IReadOnlyDictionary<Release, ReleaseLinks> Links { get; init; }

    public ImmutableArray<Release> ReleasesOf(Partner partner) => ByPartner[partner.Id];

    public ImmutableArray<Release> ReleasesOf(Topic topic) => ByTopic[topic.Id];

    public ReleaseLinks LinksOf(Release release) => Links[release];

    /// <param name="newestFirst">The site's releases in the site's order, which every list here keeps.</param>
    public static SiteIndexes Build(ImmutableArray<Release> newestFirst, ImmutableArray<Partner> partners, ImmutableArray<Topic> topics, int relatedCount) =>
        Make(newestFirst, partners, topics, RelatedReleases.ChooseAll(newestFirst, relatedCount));

    /// <summary>Every index made from the releases, with the related releases already chosen (the preview keeps them between saves).</summary>
    /// <param name="related">The related releases of <paramref name="newestFirst"/>[i] at index i.</param>
    internal static SiteIndexes Make(ImmutableArray<Release> newestFirst, ImmutableArray<Partner> partners, ImmutableArray<Topic> topics, ImmutableArray<Release>[] related)
    {
        var byPartner = Group(newestFirst, partners.Select(p => p.Id), release => release.Partners.Select(p => p.Id));
        var byTopic = Group(newestFirst, topics.Select(t => t.Id), release => release.Topics.Select(t => t.Id));

        // A release's year is the year of its URL (its date in its own offset); sorting by it, rather than
        // trusting the UTC order, keeps a New Year's Eve release in the year its URL names.
        var years = newestFirst
            .GroupBy(release => release.Date.Year)
            .OrderByDescending(year => year.Key)
            .Select(year => new YearArchive(year.Key, [.. year]));

        // Not frozen: freezing 10,000 entries cost more than a build's look-ups gain, and a preview makes them on every save.
        var links = new Dictionary<Release, ReleaseLinks>(newestFirst.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < newestFirst.Length; i++)
        {
            links[newestFirst[i]] = LinksAt(newestFirst, i, related[i]);
        }

        return new SiteIndexes
        {
            ByPartner = byPartner,
            ByTopic = byTopic,
            Years = [.. years],
            Links = links,
        };
    }

    /// <summary>The links of the release at <paramref name="index"/>: the older one after it, the newer one before it.</summary>
    internal static ReleaseLinks LinksAt(ImmutableArray<Release> newestFirst, int index, ImmutableArray<Release> related) =>
        new(index + 1 < newestFirst.Length ? newestFirst[index + 1] : null, index > 0 ? newestFirst[index - 1] : null, related);

    private static FrozenDictionary<string, ImmutableArray<Release>> Group(
        ImmutableArray<Release> newestFirst,
        IEnumerable<string> registryIds,
        Func<Release, IEnumerable<string>> idsOf)
    {
        var lists = registryIds.ToDictionary(id => id, _ => ImmutableArray.CreateBuilder<Release>(), StringComparer.Ordinal);
        foreach (var release in newestFirst)
        {
            // Ids were resolved against the registry and made unique per release, so each is a key, once.
            foreach (var id in idsOf(release))
            {
                lists[id].Add(release);
            }
        }

        return lists.ToFrozenDictionary(list => list.Key, list => list.Value.ToImmutable(), StringComparer.Ordinal);
    }
}
