using System.Text.Json;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Artifacts;

/// <summary>
/// Past <c>search_split</c> releases the search index is split: search-index.json names term files by the start of
/// their words, and search/releases-N.json hold what results show. The script finds a word in the file of the
/// longest key it starts with; these tests hold the writer to that.
/// </summary>
public sealed class SplitSearchIndexTests
{
    private const string Settings = """
        -- content/site.yml --
        title: Test Portal
        base_url: https://news.example.org/
        search_split: 1

        """;

    // A body is indexed up to 1,500 characters, so the 4,000 words starting with "ro" that crowd one file are spread
    // over older releases.
    private static readonly string Crowd = string.Concat(Enumerable.Range(0, 40).Select(release => Release.File(
        $"2019/crowd-{release}.md",
        $"title: Crowd {release}\ndate: 2019-01-{1 + (release % 28):00}",
        string.Join(' ', Enumerable.Range(release * 100, 100).Select(i => "ro" + (char)('a' + (i % 26)) + i)))));

    private static readonly string Site = TestSite.Basics + Settings + Release.File("2021/robots.md", "title: Robots in Tübingen\ndate: 2021-06-15\npartners: [nec]\nsummary: Robots learn at 東京.")
        + Release.File("2020/dataset.md", "title: A dataset\ndate: 2020-01-10\ntopics: [ai]\nsummary: Driving data.", "Robots drive.") + Crowd;

    private static MemorySite? built;

    private static MemorySite Built => built ??= MemorySite.BuildOk(Site);

    private static JsonElement Manifest => JsonDocument.Parse(Built.Read("search-index.json")).RootElement;

    private static string[] Keys => [.. Manifest.GetProperty("keys").EnumerateArray().Select(key => key.GetString()!)];

    /// <summary>Every word of every term file, with the key of the file it is in.</summary>
    private static IEnumerable<(string Key, string Word, JsonElement Fields)> Words() =>
        Keys.SelectMany((key, number) => JsonDocument.Parse(Built.Read($"search/terms-{number}.json")).RootElement
            .EnumerateObject().Select(word => (key, word.Name, word.Value)));

    /// <summary>The release numbers of a word's field, from the gaps written.</summary>
    private static int[] Releases(JsonElement fields, int field)
    {
        var number = 0;
        return [.. fields[field].EnumerateArray().Select(gap => number += gap.GetInt32())];
    }

    [Test]
    public void The_index_names_its_files_and_holds_no_release_itself()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Manifest.GetProperty("releaseCount").GetInt32(), Is.EqualTo(42));
            Assert.That(Manifest.TryGetProperty("releases", out var pattern) && pattern.GetString() == "search/releases-{n}.json", Is.True);
            Assert.That(Manifest.GetProperty("terms").GetString(), Is.EqualTo("search/terms-{n}.json"));
            Assert.That(Keys, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
            Assert.That(Enumerable.Range(0, Keys.Length).All(number => Built.Exists($"search/terms-{number}.json")), Is.True);
            Assert.That(Built.Exists($"search/terms-{Keys.Length}.json"), Is.False);
        });
    }

    [Test]
    public void Each_word_is_in_the_file_of_the_longest_key_it_starts_with_and_crowded_starts_get_files_of_their_own()
    {
        var misplaced = Words().Where(entry => Keys.Where(entry.Word.StartsWith).MaxBy(key => key.Length) != entry.Key).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(misplaced, Is.Empty, () => string.Join(", ", misplaced.Take(5).Select(entry => $"{entry.Word} in {entry.Key}")));
            Assert.That(Keys, Has.Some.Length.GreaterThanOrEqualTo(3), "the 4,000 words starting with 'ro' are split further");
            Assert.That(Words().GroupBy(entry => entry.Key).Max(group => Built.Read($"search/terms-{Array.IndexOf(Keys, group.Key)}.json").Length), Is.LessThan(40_000));
        });
    }

    [Test]
    public void A_word_lists_the_releases_it_is_in_per_field_folded_as_the_script_folds_a_query()
    {
        var words = Words().ToDictionary(entry => entry.Word, entry => entry.Fields);
        var robots = words["robots"];

        Assert.Multiple(() =>
        {
            // Releases are numbered newest first: the 2021 release is 0, the 2020 one 1.
            Assert.That(Releases(robots, 0), Is.EqualTo(new[] { 0 }), "title");
            Assert.That(Releases(robots, 2), Is.EqualTo(new[] { 0 }), "summary");
            Assert.That(Releases(robots, 3), Is.EqualTo(new[] { 1 }), "text");
            Assert.That(words, Contains.Key("tubingen"));
            Assert.That(Releases(words["nec"], 1), Is.EqualTo(new[] { 0 }), "partners and topics");
            Assert.That(words.Keys, Is.SupersetOf(new[] { "東", "京" }), "unspaced scripts: a character is a word");
        });
    }

    [Test]
    public void A_word_repeated_in_a_text_lists_its_release_once_and_an_unspaced_character_ends_a_word()
    {
        var site = MemorySite.BuildOk(TestSite.Basics + Settings
            + Release.File("2021/echo.md", "title: Echo\ndate: 2021-05-01", "Echoes again, AGAIN and agäin: 東京drones.")
            + Release.File("2020/drones.md", "title: Drones\ndate: 2020-05-01", "Drones again."));
        var keys = JsonDocument.Parse(site.Read("search-index.json")).RootElement.GetProperty("keys").EnumerateArray().ToList();
        var words = keys.SelectMany((_, number) => JsonDocument.Parse(site.Read($"search/terms-{number}.json")).RootElement.EnumerateObject())
            .ToDictionary(word => word.Name, word => word.Value);

        Assert.Multiple(() =>
        {
            Assert.That(Releases(words["again"], 3), Is.EqualTo(new[] { 0, 1 }), "again, AGAIN and agäin fold to one word, listed once");
            Assert.That(Releases(words["drones"], 3), Is.EqualTo(new[] { 0, 1 }), "drones after 京");
            Assert.That(Releases(words["京"], 3), Is.EqualTo(new[] { 0 }));
        });
    }

    [Test]
    public void A_release_file_holds_what_a_result_shows_in_index_order()
    {
        var first = JsonDocument.Parse(Built.Read("search/releases-0.json")).RootElement[0];

        Assert.That(first.EnumerateArray().Select(value => value.GetString()), Is.EqualTo(new[]
        {
            "Robots in Tübingen", "/news/2021/robots/", "15 June 2021", "2021-06-15T00:00:00+00:00", "Robots learn at 東京.",
        }));
    }

    [Test]
    public void A_site_within_the_split_keeps_one_file()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease);

        Assert.Multiple(() =>
        {
            Assert.That(site.SearchIndexReleases(), Has.Length.EqualTo(1));
            Assert.That(site.OutputPaths.Where(path => path.StartsWith("search/", StringComparison.Ordinal)), Is.EqualTo(new[] { "search/index.html" }));
        });
    }

    [Test]
    public void A_split_that_is_not_a_positive_number_is_an_error_at_its_line()
    {
        var result = MemorySite.Build(TestSite.OneRelease + Settings.Replace("search_split: 1", "search_split: none", StringComparison.Ordinal));

        Assert.That(TestSite.Lines(result.Result), Has.Some.StartsWith("content/site.yml:3:").And.Contains("search_split"));
    }
}
