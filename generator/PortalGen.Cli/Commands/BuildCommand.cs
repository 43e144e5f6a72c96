using System.CommandLine;

namespace PortalGen.Cli.Commands;

/// <summary><c>portalgen build</c>: the site into an output folder, replaced whole only when the build succeeds.</summary>
internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var outputFolder = new Option<string>("--output", "-o") { Description = "Where the site is written (replaced whole on success)", DefaultValueFactory = _ => "public" };
        var previewBanner = new Option<string?>("--preview-banner") { Description = "Mark every page as a preview with this label (\"PR #12\"): a banner, noindex, and a robots.txt that disallows all" };
        previewBanner.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } label && (string.IsNullOrWhiteSpace(label) || label.Length > 100))
            {
                result.AddError("--preview-banner needs a short label, such as \"PR #12\" (1 to 100 characters)");
            }
        });
        var command = new Command("build", "Build the site into the output folder");
        site.AddTo(command);
        command.Options.Add(outputFolder);
        command.Options.Add(previewBanner);
        command.SetAction(parsed =>
        {
            var options = site.ToBuildOptions(parsed, parsed.GetValue(outputFolder)) with { PreviewBanner = parsed.GetValue(previewBanner) };
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
