using PortalGen.Output;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Hardening;

/// <summary>
/// Two builds into one output folder never interleave: the second waits for the first's lock (a file beside the
/// folder, held exclusively for the whole build), or gives up with an error, so "Up to date" is never said of a
/// half-written folder. An output folder that is a symbolic link is refused: the swap would replace the link.
/// </summary>
[NonParallelizable]
public sealed class OutputFolderLockTests
{
    [Test]
    public void A_build_gives_up_with_an_error_when_another_holds_the_output_folder()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        site.BuildOk();
        var before = FolderSnapshot.Of(site.Output);
        site.Add(Release.File("2020/y.md", "title: Y\ndate: 2020-12-03"));

        BuildResult result;
        using (new FileStream(OutputLock.PathFor(site.Output), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            result = site.Build(options => options with { OutputLockPatience = TimeSpan.FromMilliseconds(300) });
        }

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.UnusableInput));
            Assert.That(TestSite.Lines(result).Single(), Does.StartWith("public: error: another build is writing into this folder (it holds .public.lock); waited 0 s:"));
            Assert.That(FolderSnapshot.Of(site.Output), Is.EqualTo(before));
        });
    }

    [Test]
    public void A_build_waits_for_the_one_before_it_and_then_builds()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        var held = new FileStream(OutputLock.PathFor(site.Output), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        var waiting = Task.Run(() => site.Build());
        Thread.Sleep(300);
        var finishedEarly = waiting.IsCompleted;
        held.Dispose();

        Assert.Multiple(() =>
        {
            Assert.That(finishedEarly, Is.False, "the build waited for the lock");
            Assert.That(waiting.Result.Outcome, Is.EqualTo(BuildOutcome.Succeeded), () => string.Join("\n", TestSite.Lines(waiting.Result)));
            Assert.That(site.Exists("news/2020/x/index.html"), Is.True);
        });
    }

    [Test]
    public void Concurrent_builds_into_one_folder_each_see_a_whole_output()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        site.BuildOk(options => options with { OutputDirectory = Path.Combine(site.Root, "reference") });
        var expected = FolderSnapshot.Published(Path.Combine(site.Root, "reference"));

        var builds = Enumerable.Range(0, 4).Select(_ => Task.Run(() => site.Build())).ToArray();
        Task.WaitAll(builds);

        Assert.Multiple(() =>
        {
            Assert.That(builds.Select(b => b.Result.Outcome), Is.All.EqualTo(BuildOutcome.Succeeded));
            Assert.That(builds.Count(b => !b.Result.UpToDate), Is.EqualTo(1), "one build writes, the others find it up to date");
            Assert.That(FolderSnapshot.Published(site.Output), Is.EqualTo(expected));
            Assert.That(Directory.GetDirectories(site.Root, ".public.*"), Is.Empty);
        });
    }

    [Test]
    public void An_output_folder_that_is_a_symbolic_link_is_refused()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        var target = Path.Combine(site.Root, "elsewhere");
        Directory.CreateDirectory(target);
        Directory.CreateSymbolicLink(site.Output, target);

        var (exitCode, _, error) = PortalGenCommand.RunIn(site.Root, "build", "--now", "2026-11-27T12:00:00Z");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.StartWith($"public: error: the output folder is a symbolic link (to {target}), and a build replaces the folder whole (build into the folder it points at (--output {target}), or remove the link)"));
            Assert.That(new DirectoryInfo(site.Output).LinkTarget, Is.EqualTo(target), "the link is still a link");
            Assert.That(Directory.EnumerateFileSystemEntries(target), Is.Empty);
        });
    }
}
