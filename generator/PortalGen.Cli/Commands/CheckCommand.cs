using System.CommandLine;

namespace PortalGen.Cli.Commands;

/// <summary><c>portalgen check</c>: everything build does, writing nothing.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var command = new Command("check", "Check the site as build would, writing nothing");
        site.AddTo(command);
        command.SetAction(parsed =>
        {
            var result = ProgressDisplay.Run(site.ToBuildOptions(parsed, output: null) with { CheckLinks = true }, output);
            var report = new BuildReport(output, error);
            report.Print(result);
            if (parsed.GetValue(site.Verbose))
            {
                report.PrintLeftOut(result);
            }

            report.PrintCheckSummary(result);
            return ExitCodes.Of(result.Outcome);
        });
        return command;
    }
}
