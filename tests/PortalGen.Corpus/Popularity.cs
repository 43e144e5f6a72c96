using System.Numerics;

namespace PortalGen.Corpus;

/// <summary>
/// Draws partners or topics as a real archive names them: a few often, most rarely. The items are ranked in a
/// seeded order and weighted by Zipf's law, rank^-(numerator/denominator), in integers (an exact root, not Math.Pow,
/// whose last bit may differ between platforms' maths libraries).
/// </summary>
internal sealed class Popularity
{
    private const int Scale = 1000;
    private readonly (string Id, long Weight)[] ranked;

    public Popularity(IEnumerable<string> ids, int numerator, int denominator, CorpusRandom random)
    {
        ranked = [.. random.Shuffled([.. ids]).Select((id, index) => (id, Weight(index + 1, numerator, denominator)))];
    }

    /// <summary><paramref name="count"/> different ids, each drawn by weight from those not yet drawn, never <paramref name="except"/>.</summary>
    public List<string> Draw(int count, string? except, CorpusRandom random)
    {
        var pool = ranked.Where(item => item.Id != except).ToList();
        var drawn = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var x = random.Below((int)pool.Sum(item => item.Weight));
            var chosen = 0;
            for (var sum = pool[0].Weight; sum <= x; sum += pool[chosen].Weight)
            {
                chosen++;
            }

            drawn.Add(pool[chosen].Id);
            pool.RemoveAt(chosen);
        }

        return drawn;
    }

    /// <summary>floor(Scale / rank^(n/d)): the largest w with w^d · rank^n ≤ Scale^d.</summary>
    private static long Weight(int rank, int numerator, int denominator)
    {
        var limit = BigInteger.Pow(Scale, denominator);
        var power = BigInteger.Pow(rank, numerator);
        long low = 0, high = Scale;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (BigInteger.Pow(middle, denominator) * power <= limit)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }
}
