using System.Text.Json;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Artifacts;

/// <summary>search-index.json holds what the search page's script matches on and shows.</summary>
public sealed class SearchIndexTests() : BuiltSiteTests(Site)
{
    private static readonly string LongBody = string.Join("\n\n", Enumerable.Range(1, 200).Select(i => $"Paragraph {i} about robots."));

    private static readonly string Site = TestSite.Basics + $"""
        -- content/news/2021/later.md --
        ---
        title: Robots in Tübingen
        date: 2021-06-15
        partners: [nec, uni-tuebingen]
        topics: [ai]
        summary: Robots learn.
        ---
        ## A heading

        First paragraph with *emphasis* &amp; an entity.[^1]

        [^1]: A footnote.
        -- content/news/2020/long.md --
        ---
        title: Long
        date: 2020-12-02
        ---
        {LongBody}
        -- content/pages/about.md --
        ---
        title: About
        ---
        Not a release.
        """;

    private JsonElement[]? releases;

    private JsonElement[] Releases => releases ??= Built.SearchIndexReleases();

    private JsonElement Release(string title) => Releases.Single(r => r.GetProperty("title").GetString() == title);

    [Test]
    public void Index_holds_each_release_once_newest_first_and_nothing_else()
    {
        Assert.That(Releases.Select(r => r.GetProperty("url").GetString()), Is.EqualTo(new[] { "/news/2021/later/", "/news/2020/long/" }));
    }

    [Test]
    public void Record_holds_title_url_dates_summary_and_partner_and_topic_names()
    {
        var release = Release("Robots in Tübingen");

        Assert.Multiple(() =>
        {
            Assert.That(release.GetProperty("date").GetString(), Is.EqualTo("15 June 2021"));
            Assert.That(release.GetProperty("iso").GetString(), Is.EqualTo("2021-06-15T00:00:00+00:00"));
            Assert.That(release.GetProperty("summary").GetString(), Is.EqualTo("Robots learn."));
            Assert.That(release.GetProperty("partners").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[] { "NEC Laboratories Europe (NEC Labs)", "University of Tübingen" }));
            Assert.That(release.GetProperty("topics").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[] { "Artificial intelligence" }));
        });
    }

    [Test]
    public void Body_text_is_plain_text_with_blocks_kept_apart_and_no_footnote_marks()
    {
        var text = Release("Robots in Tübingen").GetProperty("text").GetString();

        Assert.That(text, Is.EqualTo("A heading First paragraph with emphasis & an entity. A footnote."));
    }

    [Test]
    public void Body_text_is_cut_at_a_word_boundary_to_bound_the_index_size()
    {
        var text = Release("Long").GetProperty("text").GetString()!;

        Assert.Multiple(() =>
        {
            Assert.That(text, Has.Length.LessThanOrEqualTo(1500).And.Length.GreaterThan(1400));
            Assert.That(text, Does.StartWith("Paragraph 1 about robots. Paragraph 2"));
            Assert.That(LongBody.Replace("\n\n", " ", StringComparison.Ordinal), Does.StartWith(text + " "), "cut between words");
        });
    }
}
