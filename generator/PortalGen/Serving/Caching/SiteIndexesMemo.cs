using System.Collections.Frozen;
using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Serving.Caching;

/// <summary>
/// The indexes of the last rebuild of a long-running preview. When a save replaced a few releases by ones with the
/// same path, date, language, partners and topics (an edited text or title), the lists they are on keep their
/// order, so only the saved releases' entries and their neighbours' links change: those are swapped in copies of
/// the kept lists instead of grouping and linking the whole archive again. Anything else builds them anew.
/// </summary>
internal sealed class SiteIndexesMemo
{
    /// <summary>A save is one file, or a few; past this, copying lists per release costs what a full build does.</summary>
    private const int MostReplaced = 4;

    private readonly Lock gate = new();
    private ImmutableArray<Release> releases = [];
    private string[] registryIds = [];
    private int relatedCount;
    private SiteIndexes? kept;

    /// <summary>The related releases, which have their own memo: a partner's new release changes them, not only its lists.</summary>
    public RelatedReleasesMemo Related { get; } = new();

    internal SiteIndexes GetOrBuild(ImmutableArray<Release> newestFirst, ImmutableArray<Partner> partners, ImmutableArray<Topic> topics, int count)
    {
        lock (gate)
        {
            string[] ids = [.. partners.Select(p => p.Id), "", .. topics.Select(t => t.Id)];
            var indexes = kept is not null && count == relatedCount && ids.AsSpan().SequenceEqual(registryIds) && Replaced(newestFirst) is { } replaced
                ? Patch(kept, newestFirst, replaced, count)
                : null;
            indexes ??= SiteIndexes.Make(newestFirst, partners, topics, Related.GetOrChoose(newestFirst, count, () => RelatedReleases.ChooseAll(newestFirst, count)));
            (releases, registryIds, relatedCount, kept) = (newestFirst, ids, count, indexes);
            return indexes;
        }
    }

    /// <returns>Where the kept releases were replaced, when each replacement is on the same lists at the same place; else null.</returns>
    private List<int>? Replaced(ImmutableArray<Release> newestFirst)
    {
        if (newestFirst.Length != releases.Length)
        {
            return null;
        }

        var replaced = new List<int>();
        for (var i = 0; i < newestFirst.Length; i++)
        {
            var (before, now) = (releases[i], newestFirst[i]);
            if (ReferenceEquals(before, now))
            {
                continue;
            }

            if (replaced.Count == MostReplaced || !ListedAlike(before, now))
            {
                return null;
            }

            replaced.Add(i);
        }

        return replaced;
    }

    /// <summary>What the indexes and the related releases read of a release; the exact date, so its year and order are too.</summary>
    private static bool ListedAlike(Release before, Release now) =>
        before.Date.EqualsExact(now.Date)
        && string.Equals(before.Path, now.Path, StringComparison.Ordinal)
        && string.Equals(before.Language, now.Language, StringComparison.Ordinal)
        && before.Partners.Select(p => p.Id).SequenceEqual(now.Partners.Select(p => p.Id), StringComparer.Ordinal)
        && before.Topics.Select(t => t.Id).SequenceEqual(now.Topics.Select(t => t.Id), StringComparer.Ordinal);

    private SiteIndexes? Patch(SiteIndexes old, ImmutableArray<Release> newestFirst, List<int> replaced, int count)
    {
        if (replaced.Count == 0)
        {
            return old;
        }

        if (old.Links is not Dictionary<Release, ReleaseLinks> oldLinks)
        {
            return null;
        }

        var byPartner = new Dictionary<string, ImmutableArray<Release>>(old.ByPartner, StringComparer.Ordinal);
        var byTopic = new Dictionary<string, ImmutableArray<Release>>(old.ByTopic, StringComparer.Ordinal);
        var years = old.Years.ToBuilder();
        foreach (var at in replaced)
        {
            var (before, now) = (releases[at], newestFirst[at]);
            var year = YearOf(years, now.Date.Year);
            if (year < 0
                || !now.Partners.All(p => Swapped(byPartner, p.Id, before, now))
                || !now.Topics.All(t => Swapped(byTopic, t.Id, before, now))
                || Swap(years[year].Releases, before, now) is not { } yearReleases)
            {
                return null;
            }

            years[year] = years[year] with { Releases = yearReleases };
        }

        var partnerLists = byPartner.ToFrozenDictionary(StringComparer.Ordinal);
        var topicLists = byTopic.ToFrozenDictionary(StringComparer.Ordinal);
        var related = Related.GetOrChoose(newestFirst, count, () => RelatedReleases.ChooseAll(newestFirst, count));

        // The replaced releases, their neighbours (whose links name them) and every release whose related list changed.
        var links = new Dictionary<Release, ReleaseLinks>(oldLinks, ReferenceEqualityComparer.Instance);
        foreach (var at in replaced)
        {
            links.Remove(releases[at]);
        }

        for (var i = 0; i < newestFirst.Length; i++)
        {
            if (related[i] != oldLinks[releases[i]].Related)
            {
                links[newestFirst[i]] = SiteIndexes.LinksAt(newestFirst, i, related[i]);
            }
        }

        foreach (var at in replaced)
        {
            for (var i = Math.Max(0, at - 1); i <= Math.Min(newestFirst.Length - 1, at + 1); i++)
            {
                links[newestFirst[i]] = SiteIndexes.LinksAt(newestFirst, i, related[i]);
            }
        }

        return new SiteIndexes { ByPartner = partnerLists, ByTopic = topicLists, Years = years.ToImmutable(), Links = links };
    }

    private static int YearOf(ImmutableArray<YearArchive>.Builder years, int year)
    {
        for (var i = 0; i < years.Count; i++)
        {
            if (years[i].Year == year)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Swapped(Dictionary<string, ImmutableArray<Release>> lists, string id, Release before, Release now)
    {
        if (!lists.TryGetValue(id, out var list) || Swap(list, before, now) is not { } swapped)
        {
            return false;
        }

        lists[id] = swapped;
        return true;
    }

    /// <summary>The list with <paramref name="before"/> replaced by <paramref name="now"/>, found by reference (releases are records).</summary>
    private static ImmutableArray<Release>? Swap(ImmutableArray<Release> list, Release before, Release now)
    {
        for (var i = 0; i < list.Length; i++)
        {
            if (ReferenceEquals(list[i], before))
            {
                return list.SetItem(i, now);
            }
        }

        return null;
    }
}
