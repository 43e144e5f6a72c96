namespace PortalGen.BrowserTests.Support;

/// <summary>
/// The programs the browser tests drive, none of which a plain <c>dotnet test</c> can assume:
/// Debian's chromium, Java, and the npm folder with axe-core and the Nu Html Checker.
/// Missing ones make a test inconclusive on a developer's machine, but fail it in CI (CI=true),
/// where <c>.ci/install-browser-tools</c> has run and a missing tool is a broken install.
/// </summary>
internal static class BrowserTools
{
    public const string Chromium = "/usr/bin/chromium";

    public static string ToolsFolder { get; } = Path.Combine(RepositoryRoot.Path, "tests", "PortalGen.BrowserTests", "tools");

    public static string AxeScript { get; } = Path.Combine(ToolsFolder, "node_modules", "axe-core", "axe.min.js");

    public static string NuChecker { get; } = Path.Combine(ToolsFolder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void RequireChromium() => Require(File.Exists(Chromium), Chromium);

    public static void RequireAxe() => Require(File.Exists(AxeScript), AxeScript);

    /// <summary>node, decap-server and the decap-cms bundle, installed into tools/decap by .ci/install-browser-tools.</summary>
    public static void RequireDecap()
    {
        RequireChromium();
        Require(FindOnPath("node") is not null, "node");
        Require(File.Exists(DecapSite.Server), DecapSite.Server);
        Require(File.Exists(DecapSite.Bundle), DecapSite.Bundle);
    }

    public static void RequireNuChecker()
    {
        Require(FindOnPath("java") is not null, "java");
        Require(File.Exists(NuChecker), NuChecker);
    }

    private static void Require(bool present, string what)
    {
        if (present)
        {
            return;
        }

        var message = $"{what} is missing: run .ci/install-browser-tools (as root) to install the browser test tools.";
        if (InCi)
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
    }

    private static string? FindOnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(File.Exists);
}
