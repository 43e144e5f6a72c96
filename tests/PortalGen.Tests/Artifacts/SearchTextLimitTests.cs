using System.Text.Json;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Artifacts;

/// <summary>
/// The search index keeps a body's first 1,500 characters, cut at a word. The parse stage makes only that start of
/// the text, so these bodies sit right at the limit, with runs of whitespace that collapse to one space.
/// </summary>
public sealed class SearchTextLimitTests() : BuiltSiteTests(Site)
{
    /// <summary>Exactly 1,500 characters once collapsed, ending in the word "go".</summary>
    private static readonly string Limit = string.Concat(Enumerable.Repeat("robots ", 214)) + "go";

    /// <summary>The same words over lines, with extra spaces and blank lines between them.</summary>
    private static readonly string LimitAsMarkdown = Limit.Replace(" ", "  \n", StringComparison.Ordinal).Replace("robots  \nrobots  \n", "robots   robots\n\n", StringComparison.Ordinal);

    private static readonly string Site = TestSite.Basics + $"""
        -- content/news/2021/exact.md --
        ---
        title: Exact
        date: 2021-01-01
        ---
        {LimitAsMarkdown}
        -- content/news/2021/word-ends.md --
        ---
        title: Word ends
        date: 2021-01-02
        ---
        {LimitAsMarkdown}

           more words
        -- content/news/2021/word-crosses.md --
        ---
        title: Word crosses
        date: 2021-01-03
        ---
        {LimitAsMarkdown}ing on
        -- content/news/2021/no-spaces.md --
        ---
        title: No spaces
        date: 2021-01-04
        ---
        {new string('x', 1600)}
        """;

    private JsonElement[]? releases;

    private JsonElement[] Releases => releases ??= Built.SearchIndexReleases();

    private string TextOf(string title) => Releases.Single(r => r.GetProperty("title").GetString() == title).GetProperty("text").GetString()!;

    [Test]
    public void Body_text_of_exactly_the_limit_is_kept_whole() =>
        Assert.That(TextOf("Exact"), Is.EqualTo(Limit));

    [Test]
    public void Body_text_whose_word_ends_at_the_limit_keeps_that_word() =>
        Assert.That(TextOf("Word ends"), Is.EqualTo(Limit));

    [Test]
    public void Body_text_is_cut_before_a_word_that_crosses_the_limit() =>
        Assert.That(TextOf("Word crosses"), Is.EqualTo(Limit[..^3]));

    [Test]
    public void Body_text_without_spaces_is_cut_at_the_limit() =>
        Assert.That(TextOf("No spaces"), Is.EqualTo(new string('x', 1500)));
}
