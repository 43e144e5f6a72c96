using PortalGen.Settings;
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
        (image 1600x1000)
        -- content/news/2020/d/files/report.pdf --
        pdf
        """;

    [Test]
    public void Two_builds_on_one_and_on_many_threads_write_byte_identical_files()
    {
        using var site = TestSite.Create(Site);
        site.BuildOk(options => options with { MaxParallelism = 1 });
        var first = FolderSnapshot.Of(site.Output);

        // Feeds print seconds: let the wall clock move on, so a build time that slipped in shows as a difference.
        // A fresh folder, or the second build would find the first one's output up to date and write nothing.
        Thread.Sleep(TimeSpan.FromSeconds(1.1));
        var elsewhere = Path.Combine(site.Root, "public-8");
        site.BuildOk(options => options with { OutputDirectory = elsewhere, MaxParallelism = 8, Clock = new FixedClock(TestSite.Now.AddDays(30)) });
        var second = FolderSnapshot.Of(elsewhere);

        Assert.Multiple(() =>
        {
            Assert.That(first.Select(f => f.Path), Is.SupersetOf(new[] { "feed.xml", "partners/nec/feed.xml", "topics/ai/feed.xml", "sitemap.xml", "robots.txt", "search-index.json", "_redirects", "old/d.html", "news/2020/d/files/report.pdf" }));
            Assert.That(second, Is.EqualTo(first));
        });
    }

    [Test]
    public void A_rebuild_with_nothing_or_one_thing_changed_writes_the_bytes_of_a_clean_build()
    {
        using var site = TestSite.Create(Site);
        site.BuildOk(options => options with { MaxParallelism = 1 });
        var clean = FolderSnapshot.Of(site.Output);
        var unchanged = site.BuildOk(options => options with { MaxParallelism = 8 });
        var afterNoChange = FolderSnapshot.Of(site.Output);

        site.Add(Release.File("2021/b.md", "title: B, retitled\ndate: 2021-06-15\npartners: [nec]\ntopics: [ai, start-ups]", "Body of B."));
        site.BuildOk(options => options with { MaxParallelism = 8 });
        var afterOneChange = FolderSnapshot.Of(site.Output);
        var cleanOfChanged = Path.Combine(site.Root, "public-clean");
        site.BuildOk(options => options with { OutputDirectory = cleanOfChanged, MaxParallelism = 1 });

        Assert.Multiple(() =>
        {
            Assert.That(unchanged.UpToDate, Is.True);
            Assert.That(afterNoChange, Is.EqualTo(clean));
            Assert.That(afterOneChange, Is.Not.EqualTo(clean));
            Assert.That(afterOneChange, Is.EqualTo(FolderSnapshot.Of(cleanOfChanged)));
        });
    }

    [Test]
    public void Content_files_created_in_reverse_order_give_the_same_bytes()
    {
        using var forward = TestSite.Create(Site);
        using var backward = TestSite.Create("");
        foreach (var (path, text) in Txtar.Parse(Site).Reverse())
        {
            backward.WriteFile(path, TestImages.FileBytes(path, text));
        }

        forward.BuildOk();
        backward.BuildOk();

        Assert.That(FolderSnapshot.Of(backward.Output), Is.EqualTo(FolderSnapshot.Of(forward.Output)));
    }
}
