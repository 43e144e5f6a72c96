using System.Globalization;
using System.Text.Json;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Feeds;

/// <summary>The JSON Feed 1.1 files beside the Atom and RSS ones, read as a JSON Feed reader reads them.</summary>
public sealed class JsonFeedTests() : BuiltSiteTests(FeedSite.Files)
{
    private JsonElement Feed(string path) => JsonDocument.Parse(Built.Bytes(path)!).RootElement;

    private static IEnumerable<string> ItemTitles(JsonElement feed) =>
        feed.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("title").GetString()!);

    [Test]
    public void Every_json_feed_has_the_fields_json_feed_1_1_requires()
    {
        var paths = Built.OutputPaths.Where(p => p.EndsWith("feed.json", StringComparison.Ordinal)).ToList();

        Assert.That(paths, Is.EquivalentTo(new[] { "feed.json", "partners/nec/feed.json", "partners/mpi-is/feed.json", "partners/uni-tuebingen/feed.json", "topics/ai/feed.json", "topics/start-ups/feed.json" }));
        foreach (var path in paths)
        {
            var feed = Feed(path);
            Assert.Multiple(() =>
            {
                Assert.That(feed.GetProperty("version").GetString(), Is.EqualTo("https://jsonfeed.org/version/1.1"), path);
                Assert.That(feed.GetProperty("title").GetString(), Does.StartWith("Test Portal"), path);
                Assert.That(feed.GetProperty("feed_url").GetString(), Is.EqualTo("https://news.example.org/" + path), path);
                Assert.That(feed.GetProperty("items").ValueKind, Is.EqualTo(JsonValueKind.Array), path);
            });
            foreach (var item in feed.GetProperty("items").EnumerateArray())
            {
                Assert.Multiple(() =>
                {
                    Assert.That(item.GetProperty("id").ValueKind, Is.EqualTo(JsonValueKind.String), path);
                    Assert.That(item.TryGetProperty("content_html", out _) || item.TryGetProperty("content_text", out _), Is.True, path);
                    Assert.That(Rfc3339(item.GetProperty("date_published").GetString()!), Is.Not.Null, path);
                });
            }
        }
    }

    [Test]
    public void Site_feed_holds_the_newest_releases_with_their_page_language_and_description()
    {
        var feed = Feed("feed.json");

        Assert.Multiple(() =>
        {
            Assert.That(ItemTitles(feed), Is.EqualTo(new[] { "Newest <news> & more", "Middle" }));
            Assert.That(feed.GetProperty("home_page_url").GetString(), Is.EqualTo("https://news.example.org/"));
            Assert.That(feed.GetProperty("description").GetString(), Is.EqualTo("Releases of the test consortium."));
            Assert.That(feed.GetProperty("language").GetString(), Is.EqualTo("en"));
        });
    }

    [Test]
    public void Item_holds_id_url_dates_author_tags_image_summary_and_full_html()
    {
        var item = Feed("feed.json").GetProperty("items")[0];

        Assert.Multiple(() =>
        {
            Assert.That(item.GetProperty("id").GetString(), Is.EqualTo("https://news.example.org/news/2021/newest/"));
            Assert.That(item.GetProperty("url").GetString(), Is.EqualTo("https://news.example.org/news/2021/newest/"));
            Assert.That(item.GetProperty("date_published").GetString(), Is.EqualTo("2021-06-15T00:00:00+00:00"));
            Assert.That(item.GetProperty("date_modified").GetString(), Is.EqualTo("2021-07-01T10:00:00+02:00"));
            Assert.That(item.GetProperty("authors")[0].GetProperty("name").GetString(), Is.EqualTo("Jane Press"));
            Assert.That(item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()), Is.EqualTo(new[] { "Artificial intelligence" }));
            Assert.That(item.GetProperty("image").GetString(), Is.EqualTo("https://news.example.org/news/2021/lead.jpg"));
            Assert.That(item.GetProperty("summary").GetString(), Is.EqualTo("The newest one."));
            Assert.That(item.GetProperty("content_html").GetString(), Does.Contain("<strong>bold</strong>"));
        });
    }

    [Test]
    public void Partner_and_topic_feeds_hold_only_their_releases()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ItemTitles(Feed("partners/nec/feed.json")), Is.EqualTo(new[] { "Middle", "Oldest" }));
            Assert.That(ItemTitles(Feed("topics/ai/feed.json")), Is.EqualTo(new[] { "Newest <news> & more", "Oldest" }));
            Assert.That(Feed("topics/ai/feed.json").GetProperty("home_page_url").GetString(), Is.EqualTo("https://news.example.org/topics/ai/"));
        });
    }

    [Test]
    public void Markup_characters_are_escaped_so_the_json_can_be_inlined_in_a_script()
    {
        var json = Built.Read("feed.json");

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Contain("Newest \\u003cnews\\u003e \\u0026 more"));
            Assert.That(json, Does.Not.Contain("<strong>"));
        });
    }

    private static DateTimeOffset? Rfc3339(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
            ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture)
            : null;
}
