using System.Collections.Frozen;
using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>
/// Chooses every release's related releases: each shared partner and each shared topic scores one; the
/// highest scores win, ties go to the release nearest in date, then to the lower path (ordinal), so the
/// choice never depends on input order or threads. Releases that share nothing are never related.
/// </summary>
public static class RelatedReleases
{
    /// <returns>The related releases of <paramref name="newestFirst"/>[i] at index i.</returns>
    public static ImmutableArray<Release>[] ChooseAll(
        ImmutableArray<Release> newestFirst,
        FrozenDictionary<string, ImmutableArray<Release>> byPartner,
        FrozenDictionary<string, ImmutableArray<Release>> byTopic,
        int count)
    {
        // Releases are counted by their position, in an array: a release of a big partner shares something
        // with thousands of others, and hashing each of those per release made large archives slow.
        var position = new Dictionary<Release, int>(newestFirst.Length, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < newestFirst.Length; i++)
        {
            position[newestFirst[i]] = i;
        }

        var partnerPositions = byPartner.ToFrozenDictionary(p => p.Key, p => p.Value.Select(r => position[r]).ToArray(), StringComparer.Ordinal);
        var topicPositions = byTopic.ToFrozenDictionary(t => t.Key, t => t.Value.Select(r => position[r]).ToArray(), StringComparer.Ordinal);
        var related = new ImmutableArray<Release>[newestFirst.Length];
        Parallel.For(
            0,
            newestFirst.Length,
            () => new Scratch(newestFirst.Length),
            (i, _, scratch) =>
            {
                var release = newestFirst[i];
                var sharing = release.Partners.Select(p => partnerPositions[p.Id]).Concat(release.Topics.Select(t => topicPositions[t.Id]));
                related[i] = Choose(newestFirst, i, sharing, count, scratch);
                return scratch;
            },
            _ => { });
        return related;
    }

    private static ImmutableArray<Release> Choose(ImmutableArray<Release> newestFirst, int self, IEnumerable<int[]> sharing, int count, Scratch scratch)
    {
        foreach (var list in sharing)
        {
            foreach (var other in list)
            {
                if (other != self && scratch.Scores[other]++ == 0)
                {
                    scratch.Touched.Add(other);
                }
            }
        }

        // Keep the best few in a short sorted list rather than sorting every release that shares something.
        var release = newestFirst[self];
        var best = new List<(Release Release, int Score)>(count + 1);
        foreach (var other in scratch.Touched)
        {
            var candidate = (newestFirst[other], scratch.Scores[other]);
            scratch.Scores[other] = 0;
            var at = best.Count;
            while (at > 0 && Ranks(release, candidate, best[at - 1]) < 0)
            {
                at--;
            }

            if (at < count)
            {
                best.Insert(at, candidate);
                if (best.Count > count)
                {
                    best.RemoveAt(count);
                }
            }
        }

        scratch.Touched.Clear();
        return [.. best.Select(entry => entry.Release)];
    }

    /// <summary>Negative when <paramref name="a"/> comes before <paramref name="b"/>: higher score, nearer date, lower path.</summary>
    private static int Ranks(Release release, (Release Release, int Score) a, (Release Release, int Score) b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byDistance = (a.Release.Date - release.Date).Duration().CompareTo((b.Release.Date - release.Date).Duration());
        return byDistance != 0 ? byDistance : string.CompareOrdinal(a.Release.Path, b.Release.Path);
    }

    /// <summary>One thread's score per release position, and the positions it touched, so clearing costs what was used.</summary>
    private sealed class Scratch(int releases)
    {
        public int[] Scores { get; } = new int[releases];

        public List<int> Touched { get; } = [];
    }
}
