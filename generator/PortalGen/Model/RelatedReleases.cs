using System.Collections.Frozen;
using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>
/// Chooses a release's related releases: each shared partner and each shared topic scores one; the
/// highest scores win, ties go to the release nearest in date, then to the lower path (ordinal), so the
/// choice never depends on input order. Releases that share nothing are never related.
/// </summary>
public static class RelatedReleases
{
    public static ImmutableArray<Release> Choose(
        Release release,
        FrozenDictionary<string, ImmutableArray<Release>> byPartner,
        FrozenDictionary<string, ImmutableArray<Release>> byTopic,
        int count)
    {
        // Only releases that share something are visited, so a large archive is not compared pairwise.
        var scores = new Dictionary<Release, int>(ReferenceEqualityComparer.Instance);
        var sharing = release.Partners.SelectMany(p => byPartner[p.Id]).Concat(release.Topics.SelectMany(t => byTopic[t.Id]));
        foreach (var other in sharing.Where(other => !ReferenceEquals(other, release)))
        {
            scores[other] = scores.GetValueOrDefault(other) + 1;
        }

        return
        [
            .. scores
                .OrderByDescending(score => score.Value)
                .ThenBy(score => (score.Key.Date - release.Date).Duration())
                .ThenBy(score => score.Key.Path, StringComparer.Ordinal)
                .Take(count)
                .Select(score => score.Key),
        ];
    }
}
