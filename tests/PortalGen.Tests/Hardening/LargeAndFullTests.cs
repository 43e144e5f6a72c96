using System.Diagnostics;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Hardening;

/// <summary>
/// Static files are streamed, never held in memory, whatever their size; a full disk is a diagnostic naming the
/// file, with the previous output kept. Big files are sparse (no disk used), and the copy keeps them sparse.
/// </summary>
[NonParallelizable]
public sealed class LargeAndFullTests
{
    private const long Gibibyte = 1024L * 1024 * 1024;

    /// <summary>Past the 2 GiB a 32-bit length or offset can hold, by a MiB: every byte of it is read twice (hashed and copied).</summary>
    private const long OverTwoGibibytes = (2 * Gibibyte) + (1024 * 1024);

    [Test]
    public void A_static_file_over_2_GiB_is_copied_whole()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        SparseFile(Path.Combine(site.Root, "content/static/video.mp4"), OverTwoGibibytes);

        var (exitCode, _, error) = PortalGenCommand.RunIn(site.Root, "build", "--now", "2026-11-27T12:00:00Z");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(new FileInfo(Path.Combine(site.Output, "video.mp4")).Length, Is.EqualTo(OverTwoGibibytes));
        });
    }

    [Test]
    public void A_big_static_file_is_streamed_not_held_in_memory()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        const long size = 256L * 1024 * 1024;
        var file = Path.Combine(site.Root, "content/static/video.mp4");
        SparseFile(file, size);
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Write))
        {
            stream.Position = size / 2;
            stream.Write("not all zeros"u8);
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        site.BuildOk();
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        site.Add(Release.File("2020/y.md", "title: Y\ndate: 2020-12-03"));
        var again = GC.GetTotalAllocatedBytes(precise: true);
        site.BuildOk(); // compares the file with the previous output's
        again = GC.GetTotalAllocatedBytes(precise: true) - again;

        Assert.Multiple(() =>
        {
            Assert.That(allocated, Is.LessThan(size / 4), "a copy in memory allocated the file's size, twice over");
            Assert.That(again, Is.LessThan(size / 4));
            Assert.That(File.ReadAllBytes(Path.Combine(site.Output, "video.mp4")).AsSpan().SequenceEqual(File.ReadAllBytes(file)), Is.True);
        });
    }

    [Test]
    [Platform(Include = "Linux", Reason = "a 1 MiB tmpfs")]
    public void A_full_disk_is_a_diagnostic_naming_the_file_and_the_previous_output_is_kept()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        var disk = Path.Combine(site.Root, "small-disk");
        Directory.CreateDirectory(disk);
        if (Run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk) != 0)
        {
            Assert.Ignore("cannot mount a 1 MiB tmpfs here (it needs root): the full disk cannot be tested");
        }

        try
        {
            var output = Path.Combine(disk, "public");
            string[] build = ["build", "--output", output, "--now", "2026-11-27T12:00:00Z"];
            Assert.That(PortalGenCommand.RunIn(site.Root, build).ExitCode, Is.Zero);
            var before = FolderSnapshot.Of(output);
            site.WriteFile("content/static/photo.jpg", RandomBytes(2 * 1024 * 1024));

            var (exitCode, _, error) = PortalGenCommand.RunIn(site.Root, build);

            Assert.Multiple(() =>
            {
                Assert.That(exitCode, Is.EqualTo(2), error);
                Assert.That(error, Does.Match(@"small-disk/public: error: cannot write the site: No space left on device : '.*/small-disk/\.public\.staging-[^']*' \(the previous output is unchanged\)"));
                Assert.That(error, Does.Contain("nothing was written; the previous output is unchanged."));
                Assert.That(FolderSnapshot.Of(output), Is.EqualTo(before));
                Assert.That(Directory.GetDirectories(disk, ".public.*"), Is.Empty);
            });
        }
        finally
        {
            Run("umount", disk);
        }
    }

    private static void SparseFile(string path, long length)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write);
        file.SetLength(length);
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(15).NextBytes(bytes);
        return bytes;
    }

    private static int Run(string program, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        return process.ExitCode;
    }
}
