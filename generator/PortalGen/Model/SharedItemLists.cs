using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>
/// Every release's partners and topics as ascending item indexes, and for each set of one to
/// <see cref="ItemSet.MaxSize"/> items that some release names, the positions of the releases that name all of them.
/// A release that shares s items with another is on C(s, n) of the other's n-item lists, so the releases sharing
/// at least n items with it are found without looking at the thousands that share just one.
/// </summary>
internal sealed class SharedItemLists
{
    private readonly Dictionary<ItemSet, int[]>[] bySize;

    private SharedItemLists(int[][] items, Dictionary<ItemSet, int[]>[] bySize)
    {
        Items = items;
        this.bySize = bySize;
    }

    /// <summary>The item indexes of the release at each position, ascending.</summary>
    public int[][] Items { get; }

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

        // One dictionary per size, made side by side: the sets of three are as many as the others together.
        var bySize = new Dictionary<ItemSet, int[]>[ItemSet.MaxSize];
        Parallel.For(0, bySize.Length, index => bySize[index] = ListsOf(items, index + 1));
        return new SharedItemLists(items, bySize);
    }

    /// <summary>The positions of the releases that name every item of <paramref name="set"/>, one of the sets of a listed release.</summary>
    public int[] Naming(ItemSet set) => bySize[set.Third >= 0 ? 2 : set.Second >= 0 ? 1 : 0][set];

    /// <summary>Calls <paramref name="visit"/> with each set of <paramref name="size"/> of the ascending <paramref name="items"/>.</summary>
    public static void ForEachSet(int[] items, int size, Action<ItemSet> visit)
    {
        for (var a = 0; a < items.Length; a++)
        {
            if (size == 1)
            {
                visit(new ItemSet(items[a], -1, -1));
                continue;
            }

            for (var b = a + 1; b < items.Length; b++)
            {
                if (size == 2)
                {
                    visit(new ItemSet(items[a], items[b], -1));
                    continue;
                }

                for (var c = b + 1; c < items.Length; c++)
                {
                    visit(new ItemSet(items[a], items[b], items[c]));
                }
            }
        }
    }

    private static Dictionary<ItemSet, int[]> ListsOf(int[][] items, int size)
    {
        var lists = new Dictionary<ItemSet, List<int>>();
        for (var i = 0; i < items.Length; i++)
        {
            var position = i;
            ForEachSet(items[i], size, set =>
            {
                if (!lists.TryGetValue(set, out var list))
                {
                    list = [];
                    lists[set] = list;
                }

                list.Add(position);
            });
        }

        return lists.ToDictionary(list => list.Key, list => list.Value.ToArray());
    }
}
