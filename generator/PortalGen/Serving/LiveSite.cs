using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Pipeline;
using PortalGen.Rendering;
using PortalGen.Serving.Caching;
using PortalGen.Settings;

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
    private readonly PreviewCache cache = new();
    private readonly Lock rebuilding = new();
    private SiteSnapshot? current;
    private ProbedTheme? probed;
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

            var found = options.Reported(diagnostics);

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
        if (source is null || SitePipeline.Run(source, options, cache, diagnostics).Site is not { } built)
        {
            return null;
        }

        // A template mistake that breaks every page of a kind comes with a change to the templates or to the theme's
        // words, so only then is each kind rendered before the site is served: on every save it cost more than the
        // rest of a save at 10,000 releases. A template that fails only on some page is reported when it is asked for.
        var theme = new ProbedTheme(built.Templates, source.TextFiles);
        if (!theme.IsSameAs(probed) && !built.RendersEachKind(diagnostics))
        {
            return null;
        }

        probed = theme;
        return new SiteSnapshot(built, ReportRenderErrors);
    }

    /// <summary>The templates and words a snapshot was proved with; the same objects while their files are unchanged (the caches keep them).</summary>
    private sealed record ProbedTheme(TemplateSet Templates, ImmutableArray<SourceFile> TextFiles)
    {
        public bool IsSameAs(ProbedTheme? other) =>
            other is not null && ReferenceEquals(Templates, other.Templates) && Enumerable.SequenceEqual<SourceFile>(TextFiles, other.TextFiles, ReferenceEqualityComparer.Instance);
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
