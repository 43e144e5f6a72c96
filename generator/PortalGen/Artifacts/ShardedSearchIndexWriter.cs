using System.Buffers;
using System.Globalization;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>
/// Writes a large site's search index as <see cref="SearchShards"/>: search-index.json names the term files by their
/// keys and the files are written beside the search page (search/terms-N.json, search/releases-N.json), so the script
/// fetches only the files a query's terms and its first results need.
/// </summary>
internal static class ShardedSearchIndexWriter
{
    /// <summary>The shortest term matched as the start of longer words; shorter ones match whole words, since the
    /// words starting with one or two letters fill many files.</summary>
    public const int MinimumPrefixLength = 3;

    /// <summary>Results shown at once: a page fetches the release files of its results, a few per result at worst.</summary>
    public const int ResultsPerPage = 20;

    public static IEnumerable<Artifact> Plan(Site site)
    {
        var shards = SearchShards.Of(site);
        yield return new Artifact(site.Urls.OutputFileOf(UrlScheme.SearchIndex), bytes => WriteManifest(shards, bytes));
        for (var number = 0; number < shards.Terms.Length; number++)
        {
            var shard = shards.Terms[number];
            yield return new Artifact(site.Urls.OutputFileOf(TermsFile(number.ToString(CultureInfo.InvariantCulture))), bytes => WriteTerms(shard, bytes));
        }

        for (var number = 0; number < shards.ReleaseShardCount; number++)
        {
            var first = number * SearchShards.ReleasesPerShard;
            yield return new Artifact(
                site.Urls.OutputFileOf(ReleasesFile(number.ToString(CultureInfo.InvariantCulture))),
                bytes => WriteReleases(site, first, bytes));
        }
    }

    private static string TermsFile(string number) => $"{UrlScheme.Search}terms-{number}.json";

    private static string ReleasesFile(string number) => $"{UrlScheme.Search}releases-{number}.json";

    private static void WriteManifest(SearchShards shards, IBufferWriter<byte> output) => JsonArtifact.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("releaseCount", shards.ReleaseCount);
        json.WriteNumber("releasesPerShard", SearchShards.ReleasesPerShard);
        json.WriteNumber("minimumPrefix", MinimumPrefixLength);
        json.WriteNumber("resultsPerPage", ResultsPerPage);
        // Relative to this file, which is where the script resolves them: the same index serves /de/ and a base path.
        json.WriteString("terms", TermsFile("{n}"));
        json.WriteString("releases", ReleasesFile("{n}"));
        json.WriteStartArray("keys");
        foreach (var shard in shards.Terms)
        {
            json.WriteStringValue(shard.Key);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>Each word with four lists of release numbers, the first absolute and the rest as gaps: most gaps are small.</summary>
    private static void WriteTerms(TermShard shard, IBufferWriter<byte> output) => JsonArtifact.Write(output, json =>
    {
        json.WriteStartObject();
        foreach (var word in shard.Words)
        {
            json.WriteStartArray(word.Text);
            foreach (var releases in word.Fields)
            {
                json.WriteStartArray();
                var previous = 0;
                foreach (var number in releases)
                {
                    json.WriteNumberValue(number - previous);
                    previous = number;
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    });

    /// <summary>What a result shows, per release: title, link, date as read and as an instant, summary.</summary>
    private static void WriteReleases(Site site, int first, IBufferWriter<byte> output) => JsonArtifact.Write(output, json =>
    {
        json.WriteStartArray();
        foreach (var release in site.Releases.Skip(first).Take(SearchShards.ReleasesPerShard))
        {
            json.WriteStartArray();
            json.WriteStringValue(release.Title);
            json.WriteStringValue(site.UrlsOf(release).Href(release.Path));
            json.WriteStringValue(DateTexts.LongDate(release.Date, site.Settings.Language));
            json.WriteStringValue(DateTexts.Instant(release.Date));
            json.WriteStringValue(release.Summary);
            json.WriteEndArray();
        }

        json.WriteEndArray();
    });
}
