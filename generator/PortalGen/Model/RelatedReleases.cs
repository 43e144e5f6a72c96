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
        // site.yml's related is at least 1 (SiteSettingsReader).
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);

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
        var ticks = newestFirst.Select(r => r.Date.UtcTicks).ToArray();
        Parallel.For(
            0,
            newestFirst.Length,
            () => new Scratch(newestFirst.Length, count),
            (i, _, scratch) =>
            {
                var release = newestFirst[i];
                var sharing = release.Partners.Select(p => partnerPositions[p.Id]).Concat(release.Topics.Select(t => topicPositions[t.Id]));
                related[i] = Choose(newestFirst, ticks, i, sharing, scratch);
                return scratch;
            },
            _ => { });
        return related;
    }

    private static ImmutableArray<Release> Choose(ImmutableArray<Release> newestFirst, long[] ticks, int self, IEnumerable<int[]> sharing, Scratch scratch)
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

        // Keep the best few in a short sorted array rather than sorting every release that shares something.
        // Most candidates share one thing only and lose on their score alone, before dates or paths are compared.
        var best = scratch.Best;
        var bestScores = scratch.BestScores;
        var kept = 0;
        foreach (var other in scratch.Touched)
        {
            var score = scratch.Scores[other];
            scratch.Scores[other] = 0;
            if (kept == best.Length && score < bestScores[kept - 1])
            {
                continue;
            }

            var at = kept;
            while (at > 0 && Ranks(newestFirst, ticks, self, (other, score), (best[at - 1], bestScores[at - 1])) < 0)
            {
                at--;
            }

            if (at == best.Length)
            {
                continue;
            }

            var last = Math.Min(kept, best.Length - 1);
            Array.Copy(best, at, best, at + 1, last - at);
            Array.Copy(bestScores, at, bestScores, at + 1, last - at);
            best[at] = other;
            bestScores[at] = score;
            kept = Math.Min(kept + 1, best.Length);
        }

        scratch.Touched.Clear();
        var chosen = ImmutableArray.CreateBuilder<Release>(kept);
        for (var i = 0; i < kept; i++)
        {
            chosen.Add(newestFirst[best[i]]);
        }

        return chosen.MoveToImmutable();
    }

    /// <summary>Negative when <paramref name="a"/> comes before <paramref name="b"/>: higher score, nearer date, lower path.</summary>
    private static int Ranks(ImmutableArray<Release> newestFirst, long[] ticks, int self, (int Position, int Score) a, (int Position, int Score) b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byDistance = Math.Abs(ticks[a.Position] - ticks[self]).CompareTo(Math.Abs(ticks[b.Position] - ticks[self]));
        return byDistance != 0 ? byDistance : string.CompareOrdinal(newestFirst[a.Position].Path, newestFirst[b.Position].Path);
    }

    /// <summary>
    /// One thread's score per release position, the positions it touched (so clearing costs what was used), and
    /// the best positions so far with their scores.
    /// </summary>
    private sealed class Scratch(int releases, int count)
    {
        public int[] Scores { get; } = new int[releases];

        public List<int> Touched { get; } = [];

        public int[] Best { get; } = new int[count];

        public int[] BestScores { get; } = new int[count];
    }
}
