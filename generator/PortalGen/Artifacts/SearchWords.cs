using System.Collections.Concurrent;

namespace PortalGen.Artifacts;

/// <summary>
/// Every word of a site's texts, each once, numbered as first seen: the releases' texts are split in parallel into
/// these numbers, so a word common to every release is one string, not one per release (2.5 million strings at 10,000
/// releases, which every young collection of the build then copied). The numbers depend on the threads' order, so
/// nothing published may be ordered by them.
/// </summary>
internal sealed class SearchWords
{
    private readonly ConcurrentDictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];
    private readonly Lock adding = new();

    public int Count => texts.Count;

    /// <summary>The word numbered <paramref name="number"/>; only once every text is split.</summary>
    public string this[int number] => texts[number];

    /// <summary>The word's number, the word added when it is new.</summary>
    public int NumberOf(ReadOnlySpan<char> word)
    {
        var known = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        if (known.TryGetValue(word, out var number))
        {
            return number;
        }

        lock (adding)
        {
            if (!known.TryGetValue(word, out number))
            {
                var text = new string(word);
                number = texts.Count;
                texts.Add(text);
                numbers[text] = number;
            }

            return number;
        }
    }
}
