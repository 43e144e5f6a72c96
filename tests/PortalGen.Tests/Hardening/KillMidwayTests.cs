using System.Diagnostics;
using System.Text;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Hardening;

/// <summary>
/// The real command, killed while it writes a big site over a previous good build: the output is the previous
/// build byte for byte, or (killed after the swap) the complete new one, never missing (the swap is one step on
/// Linux), and the next build removes what the killed one left and succeeds.
/// </summary>
[NonParallelizable]
[Platform(Include = "Linux", Reason = "the swap is one step (RENAME_EXCHANGE) only on Linux; elsewhere a kill between its two moves leaves no output until the next build")]
public sealed class KillMidwayTests
{
    private const int Releases = 150;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>
    /// Kills after the first staged file, midway and near the end; each round builds the other of two contents
    /// over the output the round before left, so both are known byte for byte.
    /// </summary>
    [Test]
    public void A_build_killed_midway_leaves_the_previous_output_and_the_next_build_recovers()
    {
        using var site = TestSite.Create(SiteOf("Old"));
        var builds = new[] { ExpectedBuildOf(site), null };
        site.BuildOk();
        site.Add(SiteOf("New"));
        builds[1] = ExpectedBuildOf(site);
        var round = 0;
        foreach (var stagedFiles in new[] { 1, 150, 400 })
        {
            var (previous, expected) = (builds[round % 2]!, builds[(round + 1) % 2]!);
            site.Add(SiteOf(round % 2 == 0 ? "New" : "Old"));
            round++;

            var afterKill = KillBuildAfter(site, stagedFiles);
            using var next = StartBuild(site);
            Assert.That(next.WaitForExit(Patience), Is.True, "the next build finishes");

            Assert.Multiple(() =>
            {
                // There was an output before every kill, and the swap is one step: a missing output is a failure.
                Assert.That(afterKill, Is.Not.Null, $"killed after {stagedFiles} staged files, the output folder is missing");
                Assert.That(afterKill is not null && (afterKill.SequenceEqual(previous) || afterKill.SequenceEqual(expected)), Is.True, $"killed after {stagedFiles} staged files, the output is one whole build");

                Assert.That(next.ExitCode, Is.Zero, next.StandardError.ReadToEnd());
                Assert.That(FolderSnapshot.Of(site.Output), Is.EqualTo(expected));
                Assert.That(Directory.GetDirectories(site.Root, ".public.*"), Is.Empty, "no work folder is left behind");
            });
        }
    }

    /// <summary>Starts the command, kills it once it has staged that many files, and returns the output it left (null when none).</summary>
    private static IReadOnlyList<(string Path, string Hash)>? KillBuildAfter(TestSite site, int stagedFiles)
    {
        using var build = StartBuild(site);
        var staged = WaitForStagedFiles(site, build, stagedFiles);
        if (!build.HasExited)
        {
            build.Kill(entireProcessTree: true);
        }

        build.WaitForExit();
        var left = Directory.Exists(site.Output) ? FolderSnapshot.Of(site.Output) : null;
        TestContext.Out.WriteLine($"killed with {staged} files staged, {(build.ExitCode == 0 ? "after it finished" : "midway")}; output {(left is null ? "missing (mid-swap)" : "present")}");
        return left;
    }

    /// <summary>Many releases with some body each, so a build stages well over a thousand files.</summary>
    private static string SiteOf(string titlePrefix)
    {
        var files = new StringBuilder(TestSite.Basics);
        var body = string.Concat(Enumerable.Repeat("A paragraph of the release, long enough to make the file worth writing.\n\n", 20));
        for (var i = 0; i < Releases; i++)
        {
            files.Append(Release.File($"{2000 + (i % 20)}/r{i}.md", $"title: {titlePrefix} release {i}\ndate: {2000 + (i % 20)}-0{1 + (i % 9)}-1{i % 10}\npartners: [nec]\ntopics: [ai]", body));
        }

        return files.ToString();
    }

    /// <summary>What the content builds to, built in process into a folder of its own.</summary>
    private static IReadOnlyList<(string Path, string Hash)> ExpectedBuildOf(TestSite site)
    {
        var reference = Path.Combine(site.Root, "reference");
        site.BuildOk(options => options with { OutputDirectory = reference });
        var snapshot = FolderSnapshot.Of(reference);
        Directory.Delete(reference, recursive: true);
        return snapshot;
    }

    private static Process StartBuild(TestSite site)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = site.Root,
        };
        foreach (var argument in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "PortalGen.Cli.dll"), "build", "--now", "2026-11-27T12:00:00Z" })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("the command did not start");
    }

    /// <summary>Polls the staging folder until it holds enough files or the build has ended; returns the count last seen.</summary>
    private static int WaitForStagedFiles(TestSite site, Process build, int wanted)
    {
        var clock = Stopwatch.StartNew();
        var seen = 0;
        while (!build.HasExited && seen < wanted && clock.Elapsed < Patience)
        {
            try
            {
                seen = Directory.GetDirectories(site.Root, ".public.staging-*")
                    .Sum(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count());
            }
            catch (IOException)
            {
                // The staging folder was swapped in while it was counted.
            }

            // A short pause leaves the build the CPU it is racing against on a small machine.
            Thread.Sleep(2);
        }

        return seen;
    }
}
