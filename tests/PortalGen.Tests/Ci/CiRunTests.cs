using System.Diagnostics;
using System.Runtime.Versioning;
using PortalGen.BrowserTests.Support;

namespace PortalGen.Tests.Ci;

/// <summary>
/// The repository's .ci/run with its slow steps stubbed, in a folder of its own: a fake dotnet early on PATH (its
/// test step prints a test project's summary line, its run step writes the sample site where it is told, its tool
/// install puts a copy of itself in the tool folder as portalgen, whose build writes the same site) and installers
/// and checks that do nothing. The script gets a TMPDIR of its own, so whatever is left there, it left.
/// </summary>
[Platform(Exclude = "Win", Reason = "a bash script")]
[UnsupportedOSPlatform("windows")]
public sealed class CiRunTests
{
    private const string Passing = "echo 'Passed!  - Failed:     0, Passed:     3, Skipped: 0, Total: 3'";
    private const string Failing = "echo 'Failed!  - Failed:     1, Passed:     2, Skipped: 0, Total: 3'; exit 1";

    // A pipeline's command is forked from the script's shell, so the fake's parent is the script: a cancelled CI job.
    private const string Cancelled = "kill -TERM \"$PPID\"; " + Passing;

    [TestCase(Passing, 0, "tests: 3 passed, 0 failed")]
    [TestCase(Failing, 1, "tests: 2 passed, 1 failed")]
    public void A_run_ends_with_the_tally_and_its_status_and_leaves_no_temporary_files(string testStep, int exitCode, string tally)
    {
        using var ci = StubbedCi.Create(testStep);

        var (code, lines) = ci.Run();

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(exitCode));
            Assert.That(lines[^1], Is.EqualTo(tally));
            Assert.That(lines, Has.Some.StartsWith("==> dotnet run ").And.Contains($"--output {ci.Temp}/"), "the sample site was built in the temporary folder");
            Assert.That(lines, Has.Some.StartsWith($"==> {ci.Temp}/").And.Contains("/tool/portalgen build --output"), "the installed tool built it again");
            Assert.That(Directory.EnumerateFileSystemEntries(ci.Temp), Is.Empty);
        });
    }

    [Test]
    public void A_cancelled_run_leaves_no_temporary_files()
    {
        using var ci = StubbedCi.Create(Cancelled);

        var (code, lines) = ci.Run();

        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(143), "128 + SIGTERM, as a shell killed by it");
            Assert.That(lines, Has.None.StartsWith("tests:"));
            Assert.That(Directory.EnumerateFileSystemEntries(ci.Temp), Is.Empty);
        });
    }

    private sealed class StubbedCi : IDisposable
    {
        private readonly string root;

        private StubbedCi(string root) => this.root = root;

        public string Temp => Path.Combine(root, "tmp");

        private string Bin => Path.Combine(root, "bin");

        public static StubbedCi Create(string testStep)
        {
            var ci = new StubbedCi(Path.Combine(Path.GetTempPath(), "portalgen-tests", Guid.NewGuid().ToString("N")));
            Directory.CreateDirectory(Path.Combine(ci.root, ".ci"));
            Directory.CreateDirectory(ci.Bin);
            Directory.CreateDirectory(ci.Temp);
            File.Copy(Path.Combine(RepositoryRoot.Path, ".ci/run"), Path.Combine(ci.root, ".ci/run"));
            foreach (var stubbed in new[] { "install-browser-tools", "install-clang", "expect-native-tool" })
            {
                Script(Path.Combine(ci.root, ".ci", stubbed), $"echo '{stubbed}: stubbed'");
            }

            Script(Path.Combine(ci.Bin, "dotnet"), $$"""
                case "$1" in
                    test) {{testStep}} ;;
                    run|build) while [ "$#" -gt 0 ]; do
                             if [ "$1" = --output ]; then mkdir -p "$2" && echo sample > "$2/index.html"; fi
                             shift
                         done ;;
                    tool) while [ "$#" -gt 0 ]; do
                             if [ "$1" = --tool-path ]; then mkdir -p "$2" && cp "$0" "$2/portalgen"; fi
                             shift
                         done ;;
                esac
                """);
            return ci;
        }

        public (int ExitCode, string[] Lines) Run()
        {
            var start = new ProcessStartInfo("bash", [Path.Combine(root, ".ci/run")]) { RedirectStandardOutput = true, WorkingDirectory = root };
            start.Environment["PATH"] = Bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
            start.Environment["TMPDIR"] = Temp;
            using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
            var output = process.StandardOutput.ReadToEndAsync();
            Assert.That(process.WaitForExit(TimeSpan.FromSeconds(60)), Is.True, ".ci/run finishes");
            return (process.ExitCode, output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }

        public void Dispose() => Directory.Delete(root, recursive: true);

        private static void Script(string path, string body)
        {
            File.WriteAllText(path, "#!/usr/bin/env bash\n" + body + "\n");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
