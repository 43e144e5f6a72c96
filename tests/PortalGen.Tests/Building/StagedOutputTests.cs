using PortalGen.Output;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Building;

/// <summary>The output folder is replaced whole or not at all, and only when PortalGen owns it.</summary>
public sealed class StagedOutputTests
{
    [Test]
    public void A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        site.BuildOk();
        var before = FolderSnapshot.Of(site.Output);

        site.Add(Release.File("2020/broken.md", "title: Broken"));
        var result = site.Build();

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.ContentErrors));
            Assert.That(FolderSnapshot.Of(site.Output), Is.EqualTo(before));
            Assert.That(Directory.GetDirectories(site.Root, ".public*"), Is.Empty, "no staging folder is left behind");
        });
    }

    /// <summary>The rollback of a swap made of two moves (where the file system cannot swap in one step).</summary>
    [Test]
    public void A_second_move_that_fails_after_the_first_puts_the_previous_output_back_byte_for_byte()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        site.BuildOk();
        var before = FolderSnapshot.Of(site.Output);
        var manifest = BuildManifest.Read(site.Output)!;

        var thrown = Assert.Throws<IOException>(() =>
        {
            using var output = StagedOutput.Begin(site.Output);
            output.WriteText("index.html", "the new site");
            output.SwapInOneStep = false;
            output.BetweenMoves = () => throw new IOException("the second move failed");
            output.Commit(manifest);
        });

        Assert.Multiple(() =>
        {
            Assert.That(thrown!.Message, Is.EqualTo("the second move failed"));
            Assert.That(FolderSnapshot.Of(site.Output), Is.EqualTo(before));
            Assert.That(Directory.GetDirectories(site.Root, ".public.*"), Is.Empty, "the staged site is removed, the previous one put back");
        });
    }

    [Test]
    public void Leftovers_of_a_killed_build_are_removed_and_a_site_caught_mid_swap_is_restored()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        site.BuildOk();
        const int deadProcess = int.MaxValue - 1;
        var staging = Path.Combine(site.Root, $".public.staging-{deadProcess}-0123456789abcdef");
        var previous = Path.Combine(site.Root, $".public.previous-{deadProcess}-0123456789abcdef");
        Directory.CreateDirectory(staging);
        Directory.Move(site.Output, previous);

        site.Add(Release.File("2020/broken.md", "title: Broken"));
        site.Build();
        var restored = site.Exists("news/2020/x/index.html");
        File.Delete(Path.Combine(site.Root, "content/news/2020/broken.md"));
        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(restored, Is.True, "the interrupted swap is undone even when the next build fails");
            Assert.That(Directory.GetDirectories(site.Root, ".public.*"), Is.Empty);
        });
    }

    [Test]
    public void Unchanged_files_keep_their_timestamps_and_removed_releases_disappear()
    {
        using var site = TestSite.Create(TestSite.OneRelease + Release.File("2019/gone.md", "title: Gone\ndate: 2019-01-01"));
        site.BuildOk();
        var page = Path.Combine(site.Output, "partners/nec/index.html");
        var old = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(page, old);

        File.Delete(Path.Combine(site.Root, "content/news/2019/gone.md"));
        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(File.GetLastWriteTimeUtc(page), Is.EqualTo(old));
            Assert.That(site.Exists("news/2019/gone/index.html"), Is.False);
        });
    }

    [Test]
    public void A_folder_that_portalgen_did_not_write_is_never_replaced()
    {
        using var site = TestSite.Create(TestSite.OneRelease + "-- public/thesis.docx --\nprecious\n");

        var result = site.Build();

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.UnusableInput));
            Assert.That(TestSite.Lines(result).Single(), Does.StartWith("public: error: the output folder holds files that PortalGen did not write"));
            Assert.That(File.ReadAllText(Path.Combine(site.Output, "thesis.docx")), Is.EqualTo("precious\n"));
        });
    }

    [TestCase("content")]
    [TestCase("content/static")]
    [TestCase("templates")]
    [TestCase(".")]
    public void The_output_folder_may_not_be_or_hold_the_sources(string output)
    {
        using var site = TestSite.Create(TestSite.OneRelease);

        var result = site.Build(options => options with { OutputDirectory = Path.Combine(site.Root, output) });

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.UnusableInput));
            Assert.That(TestSite.Lines(result).Single(), Does.Contain("error: the output folder may not be"));
            Assert.That(File.Exists(Path.Combine(site.Root, "content/site.yml")), Is.True);
        });
    }

    [Test]
    public void One_thread_and_many_threads_write_the_same_bytes()
    {
        var files = string.Concat(Enumerable.Range(1, 60).Select(i =>
            Release.File($"20{10 + (i % 10)}/r{i}.md", $"title: R{i}\ndate: 20{10 + (i % 10)}-0{1 + (i % 9)}-1{i % 10}\npartners: [nec]\ntopics: [ai]")));
        using var one = TestSite.Create(TestSite.OneRelease + files);
        using var many = TestSite.Create(TestSite.OneRelease + files);

        one.BuildOk(options => options with { MaxParallelism = 1 });
        many.BuildOk(options => options with { MaxParallelism = 8 });

        Assert.That(FolderSnapshot.Of(many.Output), Is.EqualTo(FolderSnapshot.Of(one.Output)));
    }
}
