using System.CommandLine;

namespace PortalGen.Cli.Commands;

/// <summary><c>portalgen build</c>: the site into an output folder, replaced whole only when the build succeeds.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var outputFolder = new Option<string>("--output", "-o") { Description = "Where the site is written (replaced whole on success)", DefaultValueFactory = _ => "public" };
        var command = new Command("build", "Build the site into the output folder");
        site.AddTo(command);
        command.Options.Add(outputFolder);
        command.SetAction(parsed =>
        {
            var options = site.ToBuildOptions(parsed, parsed.GetValue(outputFolder));
            var result = ProgressDisplay.Run(options, output);
            var report = new BuildReport(output, error);
            report.Print(result);
            if (parsed.GetValue(site.Verbose))
            {
                report.PrintLeftOut(result);
            }

            report.PrintBuildSummary(result, options.OutputDirectory!);
            return ExitCodes.Of(result.Outcome);
        });
        return command;
    }
}
