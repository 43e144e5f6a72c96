using System.CommandLine;
using System.CommandLine.Help;
using PortalGen.Cli.Commands;

namespace PortalGen.Cli;

/// <summary>The portalgen command: parses arguments, calls the library, prints, exits. No pipeline logic lives here.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>The whole command line, with its writers passed in so tests can run it in process.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // Not a RootCommand, which takes its name from the executable (PortalGen.Cli in the installed tool, testhost
        // in the tests): help names the command an editor types. Its [suggest] directive goes with it.
        var root = new Command("portalgen", "PortalGen builds a consortium news portal from Markdown press releases.")
        {
            new HelpOption(),
            new VersionOption(),
            BuildCommand.Create(output, error),
            CheckCommand.Create(output, error),
            NewCommand.Create(output, error),
            NextDueCommand.Create(output, error),
            SchemaCommand.Create(output, error),
            ServeCommand.Create(output, error),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors)
            {
                error.WriteLine($"portalgen: error: {parseError.Message}");
            }

            error.WriteLine("Run 'portalgen --help' to see the commands and their options.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e)
        {
            // A bug, not an editor's mistake: say so in one line instead of a stack trace.
            error.WriteLine($"portalgen: internal error: {e.GetType().Name}: {e.Message}");
            error.WriteLine("This is a bug in PortalGen, not in your content; please report it with the command you ran.");
            return ExitCodes.InternalError;
        }
    }
}
