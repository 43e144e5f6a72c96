namespace PortalGen.Corpus;

/// <summary>
/// SplitMix64, written out here rather than System.Random: a seeded System.Random is only promised to repeat itself
/// within one .NET implementation, and the corpus must come out byte for byte the same on every machine. Everything
/// drawn from it is integer arithmetic, for the same reason.
/// </summary>
internal sealed class CorpusRandom(ulong seed)
{
    private ulong state = seed;

    public ulong NextBits()
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; <paramref name="count"/>, every value equally likely (Lemire's method, with its rejection).</summary>
    public int Below(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var bound = (ulong)count;
        var product = (UInt128)NextBits() * bound;
        if ((ulong)product < bound)
        {
            var threshold = (0UL - bound) % bound;
            while ((ulong)product < threshold)
            {
                product = (UInt128)NextBits() * bound;
            }
        }

        return (int)(product >> 64);
    }

    /// <summary>low ≤ result ≤ high.</summary>
    public int Between(int low, int high) => low + Below(high - low + 1);

    public bool Chance(int percent) => Below(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary><paramref name="count"/> different items in random order (a partial Fisher–Yates shuffle of a copy).</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var copy = items.ToList();
        for (var i = 0; i < count; i++)
        {
            var j = i + Below(copy.Count - i);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy.GetRange(0, count);
    }

    public List<T> Shuffled<T>(IReadOnlyList<T> items) => Sample(items, items.Count);
}
