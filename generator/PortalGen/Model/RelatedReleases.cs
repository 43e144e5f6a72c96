using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>
/// Chooses every release's related releases: each shared partner and each shared topic scores one; the
/// highest scores win, ties go to the release nearest in date, then to the lower path (ordinal), so the
/// choice never depends on input order or threads. Releases that share nothing are never related.
/// </summary>
internal static class RelatedReleases
{
    /// <returns>The related releases of <paramref name="newestFirst"/>[i] at index i.</returns>
    public static ImmutableArray<Release>[] ChooseAll(ImmutableArray<Release> newestFirst, int count)
    {
        // site.yml's related is at least 1 (SiteSettingsReader).
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);

        var lists = SharedItemLists.Of(newestFirst);
        var related = new ImmutableArray<Release>[newestFirst.Length];
        var ticks = newestFirst.Select(r => r.Date.UtcTicks).ToArray();
        Parallel.For(
            0,
            newestFirst.Length,
            () => new Scratch(newestFirst.Length, count),
            (i, _, scratch) =>
            {
                related[i] = Choose(newestFirst, ticks, lists, i, scratch);
                return scratch;
            },
            _ => { });
        return related;
    }

    private static ImmutableArray<Release> Choose(ImmutableArray<Release> newestFirst, long[] ticks, SharedItemLists lists, int self, Scratch scratch)
    {
        // Scoring every release that shares one item grew with the square of the archive. The releases that share
        // at least n items are on the lists of this one's n-item sets; when there are enough of them, every other
        // release scores less than each, so the best are among them. One item is the whole rule's candidates.
        var own = lists.Items[self];
        for (var size = Math.Min(lists.LargestSize, own.Length); size > 0; size--)
        {
            scratch.Sets.Clear();
            SharedItemLists.AddSets(own, size, scratch.Sets);
            foreach (var set in scratch.Sets)
            {
                scratch.Touch(lists.Naming(set, size), self);
            }

            if (size == 1 || scratch.Touched.Count >= scratch.Best.Length)
            {
                break;
            }

            scratch.Clear();
        }

        // Keep the best few in a short sorted array rather than sorting every release that shares something.
        // Most candidates share less than the best and lose on their score alone, before dates or paths are compared.
        var best = scratch.Best;
        var bestScores = scratch.BestScores;
        var kept = 0;
        foreach (var other in scratch.Touched)
        {
            // Sharing s items puts a release on C(s, size) of the lists, which grows with s: the count ranks as the score does.
            var score = scratch.Met(other);
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

        scratch.Clear();
        var chosen = ImmutableArray.CreateBuilder<Release>(kept);
        for (var i = 0; i < kept; i++)
        {
            chosen.Add(newestFirst[best[i]]);
        }

        return chosen.MoveToImmutable();
    }

    /// <summary>
    /// Negative when <paramref name="a"/> comes before <paramref name="b"/>: higher score, nearer date, lower path; the
    /// position last, for two releases with one URL (an error, but the site is still modelled to find the others).
    /// </summary>
    private static int Ranks(ImmutableArray<Release> newestFirst, long[] ticks, int self, (int Position, int Score) a, (int Position, int Score) b)
    {
        var byScore = b.Score.CompareTo(a.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byDistance = Math.Abs(ticks[a.Position] - ticks[self]).CompareTo(Math.Abs(ticks[b.Position] - ticks[self]));
        if (byDistance != 0)
        {
            return byDistance;
        }

        var byPath = string.CompareOrdinal(newestFirst[a.Position].Path, newestFirst[b.Position].Path);
        return byPath != 0 ? byPath : a.Position.CompareTo(b.Position);
    }

    /// <summary>
    /// One thread's candidates: on how many lists it met each position, the positions it met (so clearing costs
    /// what was used), and the best positions so far with their scores.
    /// </summary>
    private sealed class Scratch(int releases, int count)
    {
        private readonly int[] met = new int[releases];

        public List<int> Touched { get; } = [];

        public int[] Best { get; } = new int[count];

        public int[] BestScores { get; } = new int[count];

        /// <summary>How many of the lists touched so far hold <paramref name="other"/>.</summary>
        public int Met(int other) => met[other];

        /// <summary>The keys of the sets of the release being chosen for, one size at a time.</summary>
        public List<long> Sets { get; } = [];

        public void Touch(ReadOnlySpan<int> positions, int self)
        {
            foreach (var other in positions)
            {
                if (other != self && met[other]++ == 0)
                {
                    Touched.Add(other);
                }
            }
        }

        public void Clear()
        {
            foreach (var other in Touched)
            {
                met[other] = 0;
            }

            Touched.Clear();
        }
    }
}
