using System.Text.Json;
using System.Xml.Linq;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Building;

/// <summary>
/// Pages render into a buffer each template context reuses, and artifacts and static files are staged in 64 KB
/// segments: what a reader gets must be whole, in order, and nothing of another file.
/// </summary>
public sealed class LargeOutputTests
{
    /// <summary>60 releases whose bodies fill the search index and the feed well past one 64 KB segment.</summary>
    private static readonly string LongReleases = string.Concat(Enumerable.Range(1, 60).Select(i => Release.File(
        $"2021/r{i}.md",
        $"title: Release {i:00}\ndate: 2021-03-{1 + (i % 28):00}\nsummary: {string.Concat(Enumerable.Repeat($"summary{i} ", 40))}",
        string.Concat(Enumerable.Repeat($"Paragraph of release {i} with words to find. ", 120)))));

    [Test]
    public void A_page_rendered_after_a_larger_one_by_the_same_context_holds_only_its_own_html()
    {
        // The about page is over 100,000 characters; with one thread every later page reuses the buffer it grew.
        var body = string.Concat(Enumerable.Repeat("A long paragraph about the consortium. ", 3000));
        using var site = TestSite.Create(TestSite.OneRelease + TestSite.AboutPage.Replace("About us.", body, StringComparison.Ordinal));

        site.BuildOk(options => options with { MaxParallelism = 1 });

        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        Assert.Multiple(() =>
        {
            Assert.That(site.Read("about/index.html"), Does.Contain(body.TrimEnd()));
            Assert.That(pages, Has.Length.GreaterThan(5));
            foreach (var page in pages)
            {
                var html = File.ReadAllText(page);
                Assert.That(html, Does.StartWith("<!DOCTYPE html>"), page);
                Assert.That(html.Split("<!DOCTYPE html>").Length, Is.EqualTo(2), $"{page} holds one document");
                Assert.That(html.TrimEnd(), Does.EndWith("</html>"), page);
            }
        });
    }

    [Test]
    public void A_search_index_and_a_feed_larger_than_one_segment_are_written_whole()
    {
        using var site = TestSite.Create(TestSite.OneRelease + LongReleases);

        site.BuildOk();

        var index = site.Read("search-index.json");
        var releases = JsonDocument.Parse(index).RootElement.GetProperty("releases");
        var feed = XDocument.Parse(site.Read("feed.xml"));
        Assert.Multiple(() =>
        {
            Assert.That(index, Has.Length.GreaterThan(64 * 1024));
            Assert.That(index, Does.EndWith("]}\n"));
            Assert.That(releases.GetArrayLength(), Is.EqualTo(61));
            Assert.That(releases.EnumerateArray().Select(r => r.GetProperty("title").GetString()).Take(3), Is.EqualTo(new[] { "Release 27", "Release 55", "Release 26" }));
            Assert.That(site.Read("feed.xml"), Has.Length.GreaterThan(64 * 1024));
            Assert.That(feed.Root!.Elements(XName.Get("entry", "http://www.w3.org/2005/Atom")).Count(), Is.GreaterThan(5));
        });
    }

    [Test]
    public void A_summary_that_needs_more_than_a_segment_at_once_is_written_whole()
    {
        // The JSON writer asks for room for the whole escaped text in one piece: six bytes a letter at most.
        var summary = string.Concat(Enumerable.Repeat("Tübingen \"quoted\" ", 1500));
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/long.md", $"title: Long\ndate: 2020-12-02\nsummary: '{summary}'"));

        site.BuildOk();

        var releases = JsonDocument.Parse(site.Read("search-index.json")).RootElement.GetProperty("releases");
        Assert.That(releases[0].GetProperty("summary").GetString(), Is.EqualTo(summary.TrimEnd()));
    }

    [Test]
    public void A_large_unchanged_artifact_keeps_its_timestamp_and_one_changed_in_its_last_segment_does_not()
    {
        using var site = TestSite.Create(TestSite.OneRelease + LongReleases);
        site.BuildOk();
        var index = Path.Combine(site.Output, "search-index.json");
        var feed = Path.Combine(site.Output, "feed.xml");
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(index, old);
        File.SetLastWriteTimeUtc(feed, old);

        // A new static file changes neither; then the oldest release's title changes by one letter, the same length.
        site.Add("-- content/static/notes.txt --\nnotes\n");
        site.BuildOk();
        var keptIndex = File.GetLastWriteTimeUtc(index);
        var keptFeed = File.GetLastWriteTimeUtc(feed);
        site.Add("""
            -- content/news/2020/x.md --
            ---
            title: Y
            date: 2020-12-02
            ---
            Body.

            """);
        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(keptIndex, Is.EqualTo(old));
            Assert.That(keptFeed, Is.EqualTo(old));
            Assert.That(File.ReadAllText(index), Does.Contain("\"title\":\"Y\""));
            Assert.That(File.GetLastWriteTimeUtc(index), Is.Not.EqualTo(old));
        });
    }

    [Test]
    public void A_static_file_larger_than_one_segment_is_copied_byte_for_byte()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        var bytes = new byte[200_000];
        new Random(8).NextBytes(bytes);
        site.WriteFile("content/static/media/film.bin", bytes);

        site.BuildOk();

        Assert.That(File.ReadAllBytes(Path.Combine(site.Output, "media/film.bin")), Is.EqualTo(bytes));
    }
}
