using System.Collections.Immutable;
using System.Runtime.InteropServices;
using PortalGen.Model;

namespace PortalGen.Serving.Caching;

/// <summary>
/// The newest-first order of the releases, kept between the rebuilds of a long-running preview. The order depends
/// only on each release's date, path and language; a save that changes none of these for any release (the usual
/// edit of a text or a title) puts each release where it was last time instead of sorting the archive again.
/// </summary>
internal sealed class ReleaseOrderMemo
{
    private readonly Lock gate = new();
    private Release[] unsorted = [];
    private int[] places = [];

    /// <param name="releases">The releases in the documents' order, which is the same between rebuilds unless files were added or removed.</param>
    /// <param name="sort">The order a build makes, for when the kept one cannot be reused.</param>
    internal ImmutableArray<Release> NewestFirst(List<Release> releases, Func<IEnumerable<Release>, ImmutableArray<Release>> sort)
    {
        lock (gate)
        {
            if (SortsAlike(releases))
            {
                // A stable sort of the same keys in the same input order puts each release at the same place.
                var sorted = new Release[releases.Count];
                for (var i = 0; i < sorted.Length; i++)
                {
                    sorted[places[i]] = releases[i];
                }

                unsorted = [.. releases];
                return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
            }

            var newestFirst = sort(releases);
            var place = new Dictionary<Release, int>(newestFirst.Length, ReferenceEqualityComparer.Instance);
            for (var i = 0; i < newestFirst.Length; i++)
            {
                place[newestFirst[i]] = i;
            }

            // Two entries of one object (never made today) would leave a place empty: then sort again next time.
            unsorted = place.Count == releases.Count ? [.. releases] : [];
            places = [.. releases.Select(release => place[release])];
            return newestFirst;
        }
    }

    private bool SortsAlike(List<Release> releases)
    {
        if (releases.Count != unsorted.Length)
        {
            return false;
        }

        for (var i = 0; i < unsorted.Length; i++)
        {
            var (before, now) = (unsorted[i], releases[i]);
            if (!ReferenceEquals(before, now) && (before.Date.UtcDateTime != now.Date.UtcDateTime
                || !string.Equals(before.Path, now.Path, StringComparison.Ordinal)
                || !string.Equals(before.Language, now.Language, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }
}
