using System.CommandLine;
using System.Globalization;

namespace PortalGen.Cli.Commands;

/// <summary>
/// <c>portalgen next-due</c>: prints when the site's output next changes by the clock alone (an embargo lifting, a
/// future date arriving, an expiry, the news sitemap's window moving on), so a scheduled job rebuilds only then.
/// </summary>
internal static class NextDueCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var command = new Command("next-due", "Print the next instant (UTC, ISO 8601) at which the built site would change without an edit; nothing when none is ahead");
        site.AddTo(command);
        command.SetAction(parsed =>
        {
            var result = Build.Schedule(site.ToBuildOptions(parsed, output: null));
            var report = new BuildReport(output, error);
            report.Print(result);
            if (parsed.GetValue(site.Verbose))
            {
                report.PrintLeftOut(result);
            }

            if (result.Outcome == BuildOutcome.Succeeded && result.NextChange is { } due)
            {
                // UTC with a Z: what `date -d`, PowerShell and every CI's scripting read without a format.
                output.WriteLine(due.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }

            return ExitCodes.Of(result.Outcome);
        });
        return command;
    }
}
