using System.Collections.Immutable;
using System.CommandLine;
using System.Text;
using PortalGen.Diagnostics;
using PortalGen.Scaffolding;
using PortalGen.Settings;

namespace PortalGen.Cli.Commands;

/// <summary><c>portalgen new "Title"</c>: a release file with complete front matter, ids checked, never overwriting.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var title = new Argument<string>("title") { Description = "The release's title" };
        var partners = new Option<string?>("--partners") { Description = "Partner ids from partners.yml, comma-separated (a,b)" };
        var topics = new Option<string?>("--topics") { Description = "Topic ids from topics.yml, comma-separated" };
        var date = new Option<string?>("--date") { Description = "The release date (2026-12-01 or 2026-12-01T09:00); default now, in the site's time zone" };
        var slug = new Option<string?>("--slug") { Description = "The last part of the URL; default made from the title" };
        var draft = new Option<bool>("--draft") { Description = "Mark it draft: true (the default); --draft false for a release ready to publish", DefaultValueFactory = _ => true };
        var content = new Option<string>("--content") { Description = "The content folder", DefaultValueFactory = _ => "content" };
        var now = new NowOption();
        var command = new Command("new", "Write a new release at news/YYYY/slug.md, with its front matter filled in")
        {
            title, partners, topics, date, slug, draft, content,
        };
        now.AddTo(command);
        command.SetAction(parsed =>
        {
            var request = new NewRelease
            {
                Title = parsed.GetValue(title)!,
                Partners = Ids(parsed.GetValue(partners)),
                Topics = Ids(parsed.GetValue(topics)),
                Date = parsed.GetValue(date),
                Slug = parsed.GetValue(slug),
                Draft = parsed.GetValue(draft),
            };
            var options = new BuildOptions { ContentDirectory = parsed.GetValue(content)!, TemplatesDirectory = "templates", Clock = now.ClockOf(parsed), DisplayRoot = Directory.GetCurrentDirectory() };
            var diagnostics = new DiagnosticBag();
            var release = ReleaseScaffold.Create(request, options, diagnostics);
            if (release is not null && !Write(release, diagnostics))
            {
                release = null;
            }

            var printed = diagnostics.ToSortedArray();
            foreach (var diagnostic in printed)
            {
                error.WriteLine(diagnostic.ToString());
            }

            if (release is null)
            {
                error.WriteLine("Nothing was written.");
                return printed.Any(d => d.Code == DiagnosticCodes.MissingFolder) ? ExitCodes.Usage : ExitCodes.ContentErrors;
            }

            output.WriteLine(release.DisplayPath);
            return ExitCodes.Success;
        });
        return command;
    }

    private static ImmutableArray<string> Ids(string? list) =>
        [.. (list ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>CreateNew, so a file that appeared since the check is still never overwritten.</summary>
    private static bool Write(ScaffoldedRelease release, DiagnosticBag diagnostics)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(release.FullPath)!);
            using var file = new FileStream(release.FullPath, FileMode.CreateNew, FileAccess.Write);
            file.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(release.Text));
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.WriteFailed, SourceSpan.WholeFile(release.DisplayPath), $"cannot write the release: {e.Message}");
            return false;
        }
    }
}
