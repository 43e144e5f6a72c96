using PortalGen.Tests.Support;

namespace PortalGen.Tests.Serving;

/// <summary>
/// A save makes the preview keep what it did not touch (settings, registries, releases, related releases); what
/// it then serves is still what a build of the same files writes, byte for byte but for the live-reload script.
/// </summary>
public sealed class ServedAsBuiltTests
{
    private const string Script = "<script src=\"/__portalgen/live-reload.js\"></script>";

    private static readonly string Site = TestSite.Basics
        + "-- content/news/2020/middle.md --\n---\ntitle: middle\ndate: 2020-01-01\npartners: [nec, mpi-is]\ntopics: [ai, start-ups]\n---\nThe [older one](../2019/oldest.md).\n"
        + Release.Listed("oldest", "2019-06-01", "nec", "ai")
        + Release.Listed("newer", "2020-06-01", "mpi-is", "start-ups")
        + Release.Listed("newest", "2021-01-01", "uni-tuebingen", "ai");

    /// <summary>Every list the saved release is or was on, its neighbours, and the files made from the whole archive.</summary>
    private static readonly string[] Paths =
    [
        "/", "/page/2/", "/news/2019/oldest/", "/news/2020/middle/", "/news/2020/newer/", "/news/2021/newest/",
        "/partners/", "/partners/nec/", "/partners/mpi-is/", "/partners/uni-tuebingen/", "/topics/ai/", "/topics/start-ups/",
        "/news/", "/news/2019/", "/news/2020/", "/feed.xml", "/partners/nec/feed.xml", "/partners/uni-tuebingen/feed.xml", "/sitemap.xml", "/search-index.json",
    ];

    private static readonly TestCaseData[] Saves =
    [
        Save("a release's body", "content/news/2020/middle.md", "title: middle\ndate: 2020-01-01\npartners: [nec, mpi-is]\ntopics: [ai, start-ups]", "Edited, and still after [the older one](../2019/oldest.md).\n"),
        Save("a release's title", "content/news/2020/middle.md", "title: middle, edited\ndate: 2020-01-01\npartners: [nec, mpi-is]\ntopics: [ai, start-ups]"),
        Save("a release's partners", "content/news/2020/middle.md", "title: middle\ndate: 2020-01-01\npartners: [uni-tuebingen]\ntopics: [ai, start-ups]"),
        Save("a release's topics", "content/news/2020/middle.md", "title: middle\ndate: 2020-01-01\npartners: [nec, mpi-is]\ntopics: [start-ups]"),
        Save("a release's date, not past its neighbours", "content/news/2020/middle.md", "title: middle\ndate: 2020-02-01\npartners: [nec, mpi-is]\ntopics: [ai, start-ups]"),
        Save("a release's date, past its neighbour", "content/news/2020/middle.md", "title: middle\ndate: 2020-09-01\npartners: [nec, mpi-is]\ntopics: [ai, start-ups]"),
        Save("a new release beside it", "content/news/2020/added.md", "title: added\ndate: 2020-03-01\npartners: [nec]\ntopics: [ai]"),
        Save("a linked release's title", "content/news/2019/oldest.md", "title: oldest, edited\ndate: 2019-06-01\npartners: [nec]\ntopics: [ai]"),
        Save("the partner registry", "content/partners.yml", null),
    ];

    [TestCaseSource(nameof(Saves))]
    public async Task A_save_serves_every_page_as_a_build_of_the_saved_files_writes_it(string file, string text)
    {
        await using var served = await ServedTestSite.StartAsync(Site);
        using var events = await served.EventsAsync();
        foreach (var path in Paths)
        {
            await ServedAsync(served, path);
        }

        served.Save(file, text);
        served.Site.BuildOk(options => options with { BaseUrl = served.Server.Address.AbsoluteUri, IncludeDrafts = true, IncludeFuture = true });
        await events.WaitForAsync("reload", async _ => await ServedAsync(served, "/news/2020/middle/") == Built(served, "/news/2020/middle/"));

        Assert.Multiple(async () =>
        {
            foreach (var path in Paths)
            {
                Assert.That(await ServedAsync(served, path), Is.EqualTo(Built(served, path)), path);
            }
        });
    }

    /// <summary>Only the saved release's entries change in the indexes: its neighbours, unrelated to it, still link to its new title.</summary>
    [Test]
    public async Task A_saved_title_is_served_on_the_pages_of_neighbours_that_share_nothing_with_it()
    {
        await using var served = await ServedTestSite.StartAsync(TestSite.Basics
            + Release.Listed("before", "2020-01-01", "nec", "ai") + Release.Listed("saved", "2020-02-01", "mpi-is", "start-ups") + Release.Listed("after", "2020-03-01", "uni-tuebingen", "ai"));
        using var events = await served.EventsAsync();
        string[] paths = ["/news/2020/before/", "/news/2020/after/", "/", "/partners/mpi-is/", "/topics/start-ups/", "/news/2020/"];
        foreach (var path in paths)
        {
            await ServedAsync(served, path);
        }

        served.Save("content/news/2020/saved.md", "---\ntitle: saved, edited\ndate: 2020-02-01\npartners: [mpi-is]\ntopics: [start-ups]\n---\nBody text.\n");
        served.Site.BuildOk(options => options with { BaseUrl = served.Server.Address.AbsoluteUri, IncludeDrafts = true, IncludeFuture = true });
        await events.WaitForAsync("reload", async _ => (await ServedAsync(served, "/news/2020/saved/")).Contains("saved, edited", StringComparison.Ordinal));

        Assert.Multiple(async () =>
        {
            Assert.That(Built(served, "/news/2020/before/"), Does.Contain("saved, edited"));
            foreach (var path in paths)
            {
                Assert.That(await ServedAsync(served, path), Is.EqualTo(Built(served, path)), path);
            }
        });
    }

    private static TestCaseData Save(string change, string file, string? frontMatter, string body = "The [older one](../2019/oldest.md).\n") =>
        new TestCaseData(file, frontMatter is null ? PartnersRenamed : $"---\n{frontMatter}\n---\n{body}").SetArgDisplayNames(change);

    private const string PartnersRenamed = "- id: nec\n  name: NEC Research Europe\n  kind: industry\n- id: mpi-is\n  name: MPI-IS\n  kind: science\n- id: uni-tuebingen\n  name: Uni Tübingen\n  kind: science\n";

    private static async Task<string> ServedAsync(ServedTestSite served, string path)
    {
        using var response = await served.GetAsync(path);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), path);
        return (await response.Content.ReadAsStringAsync()).Replace(Script, "", StringComparison.Ordinal);
    }

    private static string Built(ServedTestSite served, string path) =>
        served.Site.Read(path.EndsWith('/') ? path.TrimStart('/') + "index.html" : path.TrimStart('/'));
}
