using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>
/// Every release's partners and topics as ascending item indexes, and for each set of one to three items that
/// some release names, the positions of the releases that name all of them. A release that shares s items with
/// another is on C(s, n) of the other's n-item lists, so the releases sharing at least n items with it are found
/// without looking at the thousands that share just one.
/// </summary>
internal sealed class SharedItemLists
{
    /// <summary>Bits of one item index in a set's key: three indexes, each plus one (0 is no item), fit in a long.</summary>
    private const int IndexBits = 21;

    private const int MaxSize = 3;

    /// <summary>The most sets of one size, on average per release, worth listing.</summary>
    private const int MostSetsPerRelease = 64;

    /// <summary>Per set size, every set's key once per release that names it, ascending, and those releases' positions beside them.</summary>
    /// <remarks>Sorted arrays rather than a list per set: a large archive names tens of thousands of triples, most by one release.</remarks>
    private readonly long[][] keys;
    private readonly int[][] positions;

    private SharedItemLists(int[][] items, int largestSize, long[][] keys, int[][] positions)
    {
        Items = items;
        LargestSize = largestSize;
        this.keys = keys;
        this.positions = positions;
    }

    /// <summary>The item indexes of the release at each position, ascending.</summary>
    public int[][] Items { get; }

    /// <summary>
    /// The most items a listed set holds: three, which single out a handful of releases in a large archive; fewer
    /// when releases name so many items that their sets would be too many, or the registries are too large to pack.
    /// </summary>
    public int LargestSize { get; }

    /// <param name="newestFirst">The releases, whose positions the lists hold.</param>
    public static SharedItemLists Of(ImmutableArray<Release> newestFirst)
    {
        var partners = new Dictionary<string, int>(StringComparer.Ordinal);
        var topics = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var release in newestFirst)
        {
            foreach (var partner in release.Partners)
            {
                partners.TryAdd(partner.Id, partners.Count);
            }

            foreach (var topic in release.Topics)
            {
                topics.TryAdd(topic.Id, topics.Count);
            }
        }

        // Ids were resolved against the registry and made unique per release, so no index repeats in a release.
        var items = new int[newestFirst.Length][];
        for (var i = 0; i < items.Length; i++)
        {
            var release = newestFirst[i];
            int[] own = [.. release.Partners.Select(p => partners[p.Id]), .. release.Topics.Select(t => partners.Count + topics[t.Id])];
            Array.Sort(own);
            items[i] = own;
        }

        // A size is listed only while its sets stay few: a release naming 40 partners has 9,880 triples. One size per
        // thread: the sets of three are about as many as the others together.
        var largestSize = 1;
        while (largestSize < MaxSize
            && partners.Count + topics.Count < (1 << IndexBits) - 1
            && items.Sum(own => (long)SetCount(own.Length, largestSize + 1)) <= (long)MostSetsPerRelease * items.Length)
        {
            largestSize++;
        }

        var keys = new long[largestSize][];
        var positions = new int[largestSize][];
        Parallel.For(0, largestSize, index => (keys[index], positions[index]) = ListsOf(items, index + 1));
        return new SharedItemLists(items, largestSize, keys, positions);
    }

    /// <summary>The positions of the releases that name every item of the set <paramref name="key"/> of <paramref name="size"/> items.</summary>
    public ReadOnlySpan<int> Naming(long key, int size)
    {
        var sorted = keys[size - 1];
        var (first, end) = (0, sorted.Length);
        while (first < end)
        {
            var middle = first + ((end - first) / 2);
            (first, end) = sorted[middle] < key ? (middle + 1, end) : (first, middle);
        }

        var last = first;
        while (last < sorted.Length && sorted[last] == key)
        {
            last++;
        }

        return positions[size - 1].AsSpan(first, last - first);
    }

    /// <summary>Adds the key of each set of <paramref name="size"/> of the ascending <paramref name="items"/> to <paramref name="sets"/>.</summary>
    public static void AddSets(int[] items, int size, List<long> sets)
    {
        for (var a = 0; a < items.Length; a++)
        {
            if (size == 1)
            {
                sets.Add(KeyOf(items[a]));
                continue;
            }

            for (var b = a + 1; b < items.Length; b++)
            {
                if (size == 2)
                {
                    sets.Add(KeyOf(items[a], items[b]));
                    continue;
                }

                for (var c = b + 1; c < items.Length; c++)
                {
                    sets.Add(KeyOf(items[a], items[b], items[c]));
                }
            }
        }
    }

    private static long KeyOf(int first, int second = -1, int third = -1) =>
        (first + 1L) | ((second + 1L) << IndexBits) | ((third + 1L) << (2 * IndexBits));

    /// <summary>C(items, size): how many sets of <paramref name="size"/> a release with <paramref name="items"/> items has.</summary>
    private static long SetCount(int items, int size)
    {
        long count = 1;
        for (var k = 1; k <= size; k++)
        {
            count = count * (items - size + k) / k;
        }

        return Math.Max(count, 0);
    }

    private static (long[] Keys, int[] Positions) ListsOf(int[][] items, int size)
    {
        var keys = new long[items.Sum(own => SetCount(own.Length, size))];
        var positions = new int[keys.Length];
        var sets = new List<long>();
        var filled = 0;
        for (var i = 0; i < items.Length; i++)
        {
            sets.Clear();
            AddSets(items[i], size, sets);
            sets.CopyTo(keys, filled);
            positions.AsSpan(filled, sets.Count).Fill(i);
            filled += sets.Count;
        }

        Array.Sort(keys, positions);
        return (keys, positions);
    }
}
