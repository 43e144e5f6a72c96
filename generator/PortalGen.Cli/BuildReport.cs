using System.Globalization;
using PortalGen.Diagnostics;
using PortalGen.Model;

namespace PortalGen.Cli;

/// <summary>
/// Prints diagnostics as compiler-style lines (clickable in editors and terminals) and, under
/// CI=true, also as GitHub Actions annotations; then one summary line.
/// </summary>
internal sealed class BuildReport(TextWriter output, TextWriter error)
{
    public void Print(BuildResult result)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            error.WriteLine(diagnostic.ToString());
            if (Terminal.InCi)
            {
                error.WriteLine(GitHubAnnotation.Format(diagnostic));
            }
        }
    }

    /// <summary>
    /// --verbose: every release left out, one line each, with the rule and instant that decided it; then every
    /// editor or system file left out (x.md~, .DS_Store).
    /// </summary>
    public void PrintLeftOut(BuildResult result)
    {
        foreach (var release in result.LeftOut)
        {
            output.WriteLine($"{release.SourcePath}: left out: {ReasonText(release)}");
        }

        foreach (var file in result.LeftOutFiles)
        {
            output.WriteLine($"{file}: left out: an editor's or system's file, or hidden");
        }
    }

    private static string ReasonText(LeftOutRelease release)
    {
        var until = release.Until?.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        return release.Reason switch
        {
            LeftOutReason.Draft => "draft (--drafts includes it)",
            LeftOutReason.Future => $"dated {until}, in the future (--future includes it)",
            LeftOutReason.Embargoed => $"embargoed until {until} (--future includes it)",
            _ => $"expired at {until}",
        };
    }

    public void PrintBuildSummary(BuildResult result, string outputDirectory)
    {
        if (result.Outcome != BuildOutcome.Succeeded)
        {
            PrintFailure(result, "nothing was written; the previous output is unchanged");
            return;
        }

        if (result.UpToDate)
        {
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Up to date: nothing changed since the last build into {outputDirectory}, no file was written ({result.Elapsed.TotalSeconds:0.00} s){LeftOutText(result)}."));
            return;
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Built {result.Pages} pages ({result.Releases} releases) and copied {result.StaticFiles} files into {outputDirectory} in {result.Elapsed.TotalSeconds:0.00} s{LeftOutText(result)}."));
    }

    public void PrintCheckSummary(BuildResult result)
    {
        if (result.Outcome != BuildOutcome.Succeeded)
        {
            // Build does not check links, so a site whose only errors are broken links would be published with them.
            var onlyBrokenLinks = result.Diagnostics.Where(d => d.IsError).All(d => d.Code == DiagnosticCodes.BrokenLink);
            PrintFailure(result, onlyBrokenLinks ? "build would publish the site with these broken links" : "the site would not build");
            return;
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Checked {result.Releases} releases: no errors, {Count(result.WarningCount, "warning")}{LeftOutText(result)}."));
    }

    private void PrintFailure(BuildResult result, string consequence) =>
        error.WriteLine($"{Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}: {consequence}.");

    private static string LeftOutText(BuildResult result)
    {
        if (result.LeftOut.IsEmpty)
        {
            return "";
        }

        var reasons = result.LeftOut
            .GroupBy(l => l.Reason)
            .OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}");
        return $"; left out: {string.Join(", ", reasons)}";
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
