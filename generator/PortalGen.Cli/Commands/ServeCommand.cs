using System.CommandLine;
using PortalGen.Serving;

namespace PortalGen.Cli.Commands;

/// <summary><c>portalgen serve</c>: the preview server on 127.0.0.1, until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var port = new Option<int>("--port", "-p") { Description = "The port on 127.0.0.1; 0 picks a free one", DefaultValueFactory = _ => PreviewServer.DefaultPort };
        var command = new Command("serve", "Preview the site with drafts and scheduled releases, rebuilt and reloaded on every save");
        foreach (var option in new Option[] { site.Content, site.Templates, site.BaseUrl, site.ImageCache, port })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetValue(port) is < 0 or > 65_535)
            {
                result.AddError("--port takes a number from 0 to 65535");
            }
        });
        command.SetAction(async (parsed, cancellation) =>
        {
            var options = site.ToBuildOptions(parsed, output: null);
            if (!Directory.Exists(options.ContentDirectory))
            {
                error.WriteLine($"portalgen: error: the content folder '{options.ContentDirectory}' does not exist (run portalgen in the folder that holds content/, or pass --content DIR)");
                return ExitCodes.Usage;
            }

            PreviewServer server;
            try
            {
                server = await PreviewServer.StartAsync(options, parsed.GetValue(port), output, cancellation);
            }
            catch (IOException e)
            {
                error.WriteLine($"portalgen: error: cannot listen on 127.0.0.1:{parsed.GetValue(port)}: {e.Message} (pass --port 0 to pick a free port)");
                return ExitCodes.Usage;
            }

            await using (server)
            {
                output.WriteLine($"Serving {options.ContentDirectory} at {server.Address} with drafts and scheduled releases; press Ctrl+C to stop");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellation);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C: the one way serve ends.
                }
            }

            output.WriteLine("Stopped.");
            return ExitCodes.Success;
        });
        return command;
    }
}
