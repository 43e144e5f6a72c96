using System.CommandLine;
using System.Text;

namespace PortalGen.Cli.Commands;

/// <summary>
/// <c>portalgen schema</c>: the JSON Schema of the site's release front matter (registry ids as choices), to stdout
/// or a file, for editors' own tools; diagnostics go to stderr, so the schema can be piped.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var site = new SiteOptions();
        var file = new Option<string?>("--output", "-o") { Description = "Write the schema to this file instead of stdout" };
        var command = new Command("schema", "Print the JSON Schema of a release's front matter, with the site's partners and topics");
        site.AddTo(command);
        command.Options.Add(file);
        command.SetAction(parsed =>
        {
            using var schema = new MemoryStream();
            var result = Build.Schema(site.ToBuildOptions(parsed, output: null), schema);
            new BuildReport(output, error).Print(result);
            if (result.Outcome != BuildOutcome.Succeeded)
            {
                return ExitCodes.Of(result.Outcome);
            }

            if (parsed.GetValue(file) is { } path)
            {
                try
                {
                    File.WriteAllBytes(path, schema.ToArray());
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    error.WriteLine($"portalgen: error: cannot write '{path}': {e.Message}");
                    return ExitCodes.Usage;
                }
            }
            else
            {
                output.Write(Encoding.UTF8.GetString(schema.ToArray()));
            }

            return ExitCodes.Of(result.Outcome);
        });
        return command;
    }
}
