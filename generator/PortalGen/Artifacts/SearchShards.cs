using System.Collections.Immutable;
using System.Text;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>
/// A large site's search index, split so that a query fetches a few small files instead of megabytes: every word
/// with the releases it is in, per field, grouped by how the word starts. A group that grows past
/// <see cref="TargetShardBytes"/> is split by its next character, so common beginnings ("pro", "st") get files of
/// their own while rare ones share one. Releases are numbered in the index's order (newest first), which is also
/// how ties rank; their titles, links and summaries are in files of <see cref="ReleasesPerShard"/>.
/// </summary>
internal sealed class SearchShards
{
    /// <summary>Small enough that a term's files stay a few dozen kilobytes, large enough that a site has a few hundred.</summary>
    public const int TargetShardBytes = 24 * 1024;

    /// <summary>A page of results touches at most this many releases' files per release shown; 25 keep each file near 10 KB.</summary>
    public const int ReleasesPerShard = 25;

    /// <summary>The fields a word is found in, in the order the postings list them and the script weighs them.</summary>
    public const int FieldCount = 4;

    private SearchShards(ImmutableArray<TermShard> terms, int releaseCount)
    {
        Terms = terms;
        ReleaseCount = releaseCount;
    }

    /// <summary>The term files, ordered by key (ordinal), each named by its position.</summary>
    public ImmutableArray<TermShard> Terms { get; }

    public int ReleaseCount { get; }

    public int ReleaseShardCount => (ReleaseCount + ReleasesPerShard - 1) / ReleasesPerShard;

    public static SearchShards Of(Site site)
    {
        // Splitting the texts into words is most of the work, and each release's is its own: done in parallel, then
        // merged in release order, so every list comes out ascending whatever the threads did.
        var words = new SearchWords();
        var wordsOf = new int[site.Releases.Length][][];
        Parallel.For(0, site.Releases.Length, number => wordsOf[number] = FieldWords(site.Releases[number], words));

        // Each field's lists are merged on their own, the fields side by side: one merge of them all kept a core idle.
        var releasesOf = new List<int>?[FieldCount][];
        Parallel.For(0, FieldCount, field => releasesOf[field] = Postings(wordsOf, field, words.Count));
        var indexed = Enumerable.Range(0, words.Count)
            .OrderBy(number => words[number], StringComparer.Ordinal)
            .Select(number => new IndexedWord(words[number], [.. releasesOf.Select(field => field[number] is { } releases ? [.. releases] : ImmutableArray<int>.Empty)]))
            .ToList();
        var shards = new List<TermShard>();
        foreach (var group in indexed.GroupBy(word => FirstRunes(word.Text, 1), StringComparer.Ordinal))
        {
            Partition(group.Key, [.. group], shards);
        }

        return new SearchShards([.. shards.OrderBy(shard => shard.Key, StringComparer.Ordinal)], site.Releases.Length);
    }

    /// <summary>For each word, by number, the releases whose field holds it, ascending; null for none.</summary>
    private static List<int>?[] Postings(int[][][] wordsOf, int field, int wordCount)
    {
        var postings = new List<int>?[wordCount];
        for (var number = 0; number < wordsOf.Length; number++)
        {
            foreach (var word in wordsOf[number][field])
            {
                (postings[word] ??= []).Add(number);
            }
        }

        return postings;
    }

    /// <summary>The numbers of the distinct words of a release's title, partner and topic names, summary and text, in that order.</summary>
    private static int[][] FieldWords(Release release, SearchWords words)
    {
        string[] fields =
        [
            release.Title,
            string.Join(' ', release.Partners.SelectMany(partner => new[] { partner.Name, partner.ShortName }).Concat(release.Topics.Select(topic => topic.Name))),
            release.Summary,
            Encoding.UTF8.GetString(release.ContentText.Span),
        ];
        return [.. fields.Select(text => SearchTokens.DistinctNumbers(text, words))];
    }

    /// <summary>
    /// The words starting with <paramref name="key"/> become one shard, or, when that is too large, the words that are
    /// the key itself stay under it and the longer ones are split by their next character. A word is always in the
    /// shard of the longest key it starts with, which is how the script finds it.
    /// </summary>
    private static void Partition(string key, List<IndexedWord> words, List<TermShard> shards)
    {
        var keyRunes = RuneCount(key);
        if (words.Sum(word => word.EstimatedBytes) <= TargetShardBytes || words.All(word => RuneCount(word.Text) == keyRunes))
        {
            shards.Add(new TermShard(key, [.. words]));
            return;
        }

        var own = words.Where(word => RuneCount(word.Text) == keyRunes).ToList();
        if (own.Count > 0)
        {
            shards.Add(new TermShard(key, [.. own]));
        }

        foreach (var group in words.Where(word => RuneCount(word.Text) > keyRunes).GroupBy(word => FirstRunes(word.Text, keyRunes + 1), StringComparer.Ordinal))
        {
            Partition(group.Key, [.. group], shards);
        }
    }

    private static int RuneCount(string text) => text.EnumerateRunes().Count();

    private static string FirstRunes(string text, int count) => string.Concat(text.EnumerateRunes().Take(count).Select(rune => rune.ToString()));
}

/// <summary>One term file: the words sharing a beginning, in ordinal order.</summary>
internal sealed record TermShard(string Key, ImmutableArray<IndexedWord> Words);

/// <summary>A word and, per field (title, partners and topics, summary, text), the ascending numbers of the releases it is in.</summary>
internal sealed record IndexedWord(string Text, ImmutableArray<ImmutableArray<int>> Fields)
{
    /// <summary>About what the word costs in its file: the word, and a few bytes per release number written as a gap.</summary>
    public int EstimatedBytes => Text.Length + 8 + Fields.Sum(releases => 2 + (releases.Length * 3));
}
