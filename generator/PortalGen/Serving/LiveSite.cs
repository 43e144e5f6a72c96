using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using PortalGen.Artifacts;
using PortalGen.Diagnostics;
using PortalGen.Modeling;
using PortalGen.Parsing;
using PortalGen.Planning;
using PortalGen.Rendering;

namespace PortalGen.Serving;

/// <summary>
/// The site as the preview server holds it: the last good <see cref="SiteSnapshot"/>, rebuilt after each batch
/// of changes from what is kept in memory (files read, documents parsed, templates parsed), so a save re-reads
/// and re-parses only what changed. A failed rebuild keeps the last good snapshot and reports the diagnostics
/// to the console and to every open tab.
/// </summary>
internal sealed class LiveSite(BuildOptions options, TextWriter log, BrowserEvents events)
{
    private readonly LoadedSource loaded = new(options);
    private readonly RebuildMemo memo = new();
    private readonly TemplateSetCache templates = new();
    private readonly Lock rebuilding = new();
    private SiteSnapshot? current;
    private ImmutableArray<Diagnostic> problems = [];

    /// <summary>The last good snapshot; null until the first build succeeds.</summary>
    public SiteSnapshot? Current => Volatile.Read(ref current);

    /// <summary>The diagnostics of the last rebuild, to show while there is no good snapshot yet.</summary>
    public ImmutableArray<Diagnostic> Problems => problems;

    public void Rebuild(IReadOnlyCollection<string> changedPaths)
    {
        lock (rebuilding)
        {
            var clock = Stopwatch.StartNew();
            var diagnostics = new DiagnosticBag();
            SiteSnapshot? snapshot;
            try
            {
                snapshot = Load(changedPaths, diagnostics);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug, not the editor's mistake: say so in one line and keep serving, as the command line does.
                var line = $"portalgen: internal error: {e.GetType().Name}: {e.Message} (this is a bug in PortalGen; please report it)";
                log.WriteLine(line);
                events.ShowProblems([line]);
                return;
            }

            var found = diagnostics.ToSortedArray();

            // Warnings are printed when they first appear, not again on every save; errors every time.
            foreach (var diagnostic in found.Where(d => d.IsError || !problems.Contains(d)))
            {
                log.WriteLine(diagnostic);
            }

            problems = found;
            if (snapshot is null)
            {
                var errors = found.Where(d => d.IsError).ToList();
                log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{errors.Count} {(errors.Count == 1 ? "error" : "errors")}: still serving the last good site"));
                events.ShowProblems(errors.Select(d => d.ToString()));
                return;
            }

            Volatile.Write(ref current, snapshot);
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"built in {clock.ElapsedMilliseconds} ms: {snapshot.PageCount} pages"));
            events.Reload();
        }
    }

    private SiteSnapshot? Load(IReadOnlyCollection<string> changedPaths, DiagnosticBag diagnostics)
    {
        var source = loaded.Update(changedPaths, diagnostics);
        if (source?.Settings is null)
        {
            return null;
        }

        var (site, _) = SiteModeler.Model(source, options, diagnostics, memo, loaded.Content);
        var templateSet = templates.Parse(source.SiteTemplates, diagnostics);
        var texts = site is null ? null : UiTextsReader.Read(source.TextFiles, site.Default.Settings, diagnostics);
        if (site is null || texts is null || diagnostics.HasErrors)
        {
            return null;
        }

        var (pages, files) = OutputPlanner.Plan(site, texts, source.StaticFiles, options, diagnostics);
        return diagnostics.HasErrors ? null
            : new SiteSnapshot(site.Default, pages, ArtifactPlanner.Plan(site, pages), files, new PageRenderer(templateSet, new LanguageViews(site, texts, pages)), ReportRenderErrors);
    }

    /// <summary>A template that fails only on some page is found when that page is asked for: say so where a build would.</summary>
    private void ReportRenderErrors(ImmutableArray<Diagnostic> errors)
    {
        foreach (var error in errors)
        {
            log.WriteLine(error);
        }

        events.ShowProblems(errors.Select(d => d.ToString()));
    }
}
