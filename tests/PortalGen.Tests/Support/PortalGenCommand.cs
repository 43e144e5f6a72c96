using PortalGen.Cli;

namespace PortalGen.Tests.Support;

/// <summary>
/// The real portalgen command, run in process with its output captured. The GitHub annotations it adds to the
/// error stream when the tests themselves run under CI=true are left out (GitHubAnnotationTests cover them), so
/// what a test sees does not depend on where it runs.
/// </summary>
internal static class PortalGenCommand
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Program.Run(args, output, error);
        var plainError = string.Join('\n', error.ToString().Split('\n').Where(line => !line.StartsWith("::", StringComparison.Ordinal)));
        return (exitCode, output.ToString(), plainError);
    }

    /// <summary>Runs in <paramref name="directory"/>, so printed paths are relative to it as in a terminal. The current directory is the process's: a fixture that calls this is [NonParallelizable].</summary>
    public static (int ExitCode, string Output, string Error) RunIn(string directory, params string[] args)
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = directory;
        try
        {
            return Run(args);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    /// <summary>A command over a test site, with "now" fixed at <see cref="TestSite.Now"/>.</summary>
    public static string[] SiteArguments(TestSite site, string command) =>
        [command, "--content", Path.Combine(site.Root, "content"), "--templates", Path.Combine(site.Root, "templates"), "--now", "2026-11-27T12:00:00Z"];
}
