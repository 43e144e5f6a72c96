namespace PortalGen.Parsing;

/// <summary>Finds the known name an editor most likely meant, for "did you mean" hints.</summary>
internal static class ClosestMatch
{
    /// <summary>The candidate with the smallest edit distance, if it is close enough to be a plausible typo.</summary>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // A typo changes a few characters; beyond a third of the word it is a different word.
        var limit = Math.Max(2, typed.Length / 3);
        return bestDistance <= limit || (best is not null && IsPrefixOfEither(typed, best)) ? best : null;
    }

    private static bool IsPrefixOfEither(string typed, string candidate) =>
        typed.Length >= 3 && (candidate.StartsWith(typed, StringComparison.OrdinalIgnoreCase) || typed.StartsWith(candidate, StringComparison.OrdinalIgnoreCase));

    /// <summary>Levenshtein distance with adjacent transpositions (optimal string alignment).</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
