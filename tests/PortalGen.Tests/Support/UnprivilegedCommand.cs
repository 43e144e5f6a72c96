using System.Diagnostics;

namespace PortalGen.Tests.Support;

/// <summary>
/// The real command in a process of its own, as a user without privileges: root ignores file permissions, so a
/// test about a read-only or unreadable folder proves nothing as root. Run as root (a container, CI), the command
/// runs as nobody (65534) through setpriv, over a site handed to nobody; without setpriv the test is skipped, saying why.
/// </summary>
internal static class UnprivilegedCommand
{
    private const string Setpriv = "/usr/bin/setpriv";
    private const string Nobody = "65534";

    /// <summary>Hands <paramref name="folder"/> to the user the command runs as; call before changing modes.</summary>
    public static void GiveAway(string folder)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return;
        }

        if (!File.Exists(Setpriv))
        {
            Assert.Ignore("the tests run as root and setpriv is missing: root ignores file permissions, so this cannot be tested here");
        }

        Run("chown", ["-R", $"{Nobody}:{Nobody}", folder]);
    }

    public static (int ExitCode, string Output, string Error) RunIn(string directory, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "PortalGen.Cli.dll");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        string[] command = Environment.IsPrivilegedProcess
            ? [Setpriv, $"--reuid={Nobody}", $"--regid={Nobody}", "--clear-groups", dotnet, "exec", cli, .. args]
            : [dotnet, "exec", cli, .. args];
        return Run(command[0], command[1..], directory);
    }

    private static (int ExitCode, string Output, string Error) Run(string program, string[] args, string? directory = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory ?? "" };
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(TimeSpan.FromSeconds(120)), Is.True, $"{program} finishes");
        return (process.ExitCode, output.Result, error.Result);
    }
}
