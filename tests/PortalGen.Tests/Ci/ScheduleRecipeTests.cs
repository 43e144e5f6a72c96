using System.Diagnostics;
using System.Runtime.Versioning;
using PortalGen.BrowserTests.Support;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Ci;

/// <summary>
/// The README's scheduled-publishing recipes, GitHub Actions and GitLab CI, decide with two shell lines whether an
/// hourly run builds. Those lines are taken from the README as written and run in bash over a test site, with the
/// real next-due (this build's CLI) in place of <c>dotnet run</c>: a recipe that drifts from the CLI fails here.
/// </summary>
[Platform(Exclude = "Win", Reason = "bash and GNU date")]
[UnsupportedOSPlatform("windows")]
public sealed class ScheduleRecipeTests
{
    private const string DueCommand = "due=$(dotnet run --project generator/PortalGen.Cli";

    // GitLab's job cannot skip itself, so the recipe exits with a code the job allows.
    private const int GitLabNothingDue = 10;

    private static readonly TimeSpan HourlyLag = TimeSpan.FromHours(1);

    [TestCase(-1, true, TestName = "An embargo that lifted an hour ago builds")]
    [TestCase(+1, false, TestName = "An embargo that lifts in an hour does not build yet")]
    public void Both_recipes_build_exactly_when_something_fell_due(int hoursFromNow, bool builds)
    {
        var embargo = DateTimeOffset.UtcNow + (hoursFromNow * HourlyLag);
        using var site = TestSite.Create(TestSite.Basics + Release.File("2026/e.md", $"title: E\ndate: 2026-01-10\nembargo: {embargo:yyyy-MM-ddTHH:mm:ssZ}"));

        Assert.Multiple(() =>
        {
            Assert.That(GitHubBuilds(site), Is.EqualTo(builds), "GitHub Actions");
            Assert.That(GitLabBuilds(site), Is.EqualTo(builds), "GitLab CI");
        });
    }

    [Test]
    public void Neither_recipe_builds_when_nothing_is_ahead()
    {
        using var site = TestSite.Create(TestSite.Basics);

        Assert.Multiple(() =>
        {
            Assert.That(GitHubBuilds(site), Is.False, "GitHub Actions");
            Assert.That(GitLabBuilds(site), Is.False, "GitLab CI");
        });
    }

    private static bool GitHubBuilds(TestSite site)
    {
        var output = Path.Combine(site.Root, "github-output");
        File.WriteAllText(output, "");
        var exitCode = RunDueCheck(site, Recipes()[0], ("GITHUB_OUTPUT", output));
        Assert.That(exitCode, Is.Zero, "the GitHub step itself never fails");
        return File.ReadAllText(output).Contains("build=true", StringComparison.Ordinal);
    }

    private static bool GitLabBuilds(TestSite site)
    {
        var exitCode = RunDueCheck(site, Recipes()[1]);
        Assert.That(exitCode, Is.AnyOf(0, GitLabNothingDue));
        return exitCode == 0;
    }

    /// <summary>The due check's two lines of each recipe, in the README's order: GitHub's, then GitLab's.</summary>
    private static string[] Recipes()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryRoot.Path, "README.md"));
        var recipes = lines
            .Select((line, index) => (line, index))
            .Where(entry => entry.line.TrimStart().StartsWith(DueCommand, StringComparison.Ordinal))
            .Select(entry => lines[entry.index].Trim() + "\n" + lines[entry.index + 1].Trim())
            .ToArray();
        Assert.That(recipes, Has.Length.EqualTo(2), "the README has the GitHub and the GitLab recipe");
        return recipes;
    }

    private static int RunDueCheck(TestSite site, string recipe, params (string Name, string Value)[] environment)
    {
        // `dotnet run ... -- next-due ...` becomes this build's CLI with the arguments after `--`.
        var cli = Path.Combine(AppContext.BaseDirectory, "PortalGen.Cli");
        var script = $$"""
            set -u
            dotnet() { while [ "$1" != -- ]; do shift; done; shift; "{{cli}}" "$@"; }
            {{recipe}}
            """;
        var start = new ProcessStartInfo("bash", ["-c", script]) { WorkingDirectory = site.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(60)), Is.True, "the due check finishes");
        TestContext.Out.WriteLine(output.Result + error.Result);
        return process.ExitCode;
    }
}
