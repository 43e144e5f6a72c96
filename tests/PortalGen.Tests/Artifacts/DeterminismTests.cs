using PortalGen.Tests.Support;

namespace PortalGen.Tests.Artifacts;

/// <summary>Same input, same output, byte for byte: no build time in feeds, a stable order whatever the threads.</summary>
public sealed class DeterminismTests
{
    private const string Site = TestSite.Basics + """
        -- content/news/2021/a.md --
        ---
        title: A
        date: 2021-06-15
        partners: [nec, mpi-is]
        topics: [ai]
        ---
        Body of A.
        -- content/news/2021/b.md --
        ---
        title: B, the same instant as A
        date: 2021-06-15
        partners: [nec]
        topics: [ai, start-ups]
        ---
        Body of B.
        -- content/news/2020/c.md --
        ---
        title: C
        date: 2020-12-02T09:00:00+01:00
        partners: [uni-tuebingen]
        ---
        Body of C.
        -- content/news/2020/d/index.md --
        ---
        title: D, a bundle with an alias
        date: 2020-11-01
        aliases: [/old/d.html]
        ---
        After [C](../c.md), ![a photo](photo.png) and [the report](files/report.pdf).
        -- content/news/2020/d/photo.png --
        png
        -- content/news/2020/d/files/report.pdf --
        pdf
        """;

    [Test]
    public void Two_builds_on_one_and_on_many_threads_write_byte_identical_files()
    {
        using var site = TestSite.Create(Site);
        site.BuildOk(options => options with { MaxParallelism = 1 });
        var first = Snapshot(site.Output);

        // Feeds print seconds: let the wall clock move on, so a build time that slipped in shows as a difference.
        Thread.Sleep(TimeSpan.FromSeconds(1.1));
        site.BuildOk(options => options with { MaxParallelism = 8, Clock = new FixedClock(TestSite.Now.AddDays(30)) });
        var second = Snapshot(site.Output);

        Assert.Multiple(() =>
        {
            Assert.That(second.Keys, Is.EqualTo(first.Keys));
            Assert.That(first.Keys, Is.SupersetOf(new[] { "feed.xml", "partners/nec/feed.xml", "topics/ai/feed.xml", "sitemap.xml", "robots.txt", "search-index.json", "_redirects", "old/d.html", "news/2020/d/files/report.pdf" }));
            foreach (var (file, bytes) in first)
            {
                Assert.That(second[file], Is.EqualTo(bytes), file);
            }
        });
    }

    private static SortedDictionary<string, byte[]> Snapshot(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(file => Path.GetRelativePath(folder, file).Replace('\\', '/'), File.ReadAllBytes),
        StringComparer.Ordinal);
}
