using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using PortalGen.Artifacts;
using PortalGen.Checking;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Output;
using PortalGen.Parsing;
using PortalGen.Planning;
using PortalGen.Rendering;
using PortalGen.Validation;

namespace PortalGen;

/// <summary>
/// The one entry point of the pipeline, used alike by the command line, the dev server and the tests:
/// load, parse, validate, model, plan, render, write. Nothing is written unless every stage succeeded.
/// </summary>
public static class Build
{
    private static readonly ImmutableHashSet<string> UnusableInputCodes =
    [
        DiagnosticCodes.MissingFolder, DiagnosticCodes.UnreadableFile, DiagnosticCodes.UnsafeOutputFolder, DiagnosticCodes.ForeignOutputFolder, DiagnosticCodes.WriteFailed, DiagnosticCodes.OutputFolderBusy,
    ];

    public static BuildResult Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var result = Run(options, diagnostics);
        return result with { Elapsed = clock.Elapsed, Diagnostics = diagnostics.ToSortedArray(), Outcome = OutcomeOf(diagnostics, options) };
    }

    private static BuildResult Run(BuildOptions options, DiagnosticBag diagnostics)
    {
        var empty = new BuildResult { Outcome = BuildOutcome.ContentErrors, Diagnostics = [] };
        if (options.OutputDirectory is { } outputDirectory && !OutputFolderGuard.IsSafe(outputDirectory, options, diagnostics))
        {
            return empty;
        }

        // Held until the build returns, so two builds into one folder never interleave and "up to date" is true.
        using var outputLock = OutputLock.Take(options, diagnostics);
        if (options.OutputDirectory is { } lockedOutput)
        {
            if (outputLock is null)
            {
                return empty;
            }

            StagedOutput.RecoverFromKilledBuilds(lockedOutput, options, diagnostics);
        }

        var loading = new StageProgress(options.Progress, BuildStage.Loading, 1);
        var source = SiteSourceLoader.Load(options, diagnostics);
        loading.Step();
        empty = empty with { LeftOutFiles = source?.LeftOutFiles ?? [] };
        if (source?.Settings is null)
        {
            return empty;
        }

        var now = options.Clock.GetUtcNow();
        options = options with { Clock = new FixedClock(now) }; // one "now" for the rules and the manifest's window
        // With no previous manifest (a clean build) the fingerprint is needed only in the new one: it is hashed
        // beside the parsing rather than before it.
        var previous = options.OutputDirectory is null ? null : BuildManifest.Read(options.OutputDirectory);
        var hashing = options.OutputDirectory is null ? null : Fingerprint(source, options, beforeParsing: previous is not null);
        if (previous is not null && previous.StillHolds(hashing!.GetAwaiter().GetResult(), now, options.OutputDirectory!))
        {
            // Nothing the output depends on changed: it stays as it is, not a file rewritten.
            foreach (var diagnostic in previous.Diagnostics)
            {
                diagnostics.Add(diagnostic);
            }

            return empty with { Pages = previous.Pages, StaticFiles = previous.StaticFiles, Releases = previous.Releases, LeftOut = previous.LeftOut, UpToDate = true };
        }

        // Nothing below reads the sources but through `later`: the content files' texts go once parsed.
        var later = source.AfterParsing(keepContentFiles: options.CheckLinks);
        var (site, window) = SiteModeler.Model(source, options, diagnostics);
        var inputs = hashing?.GetAwaiter().GetResult();
        var templates = TemplateSet.Parse(later.SiteTemplates, diagnostics);
        var texts = site is null ? null : UiTextsReader.Read(later.TextFiles, site.Default.Settings, diagnostics);
        if (site is null || texts is null || Fails(diagnostics, options))
        {
            return empty with { LeftOut = site?.LeftOut ?? [] };
        }

        var (pages, files) = OutputPlanner.Plan(site, texts, later.StaticFiles, options, diagnostics);
        if (Fails(diagnostics, options))
        {
            return empty with { LeftOut = site.LeftOut };
        }

        var links = options.CheckLinks ? new LinkChecker(site.Default.Urls, templates, [.. later.Releases, .. later.Pages], options.Parallelism) : null;
        var renderer = new PageRenderer(templates, new LanguageViews(site, texts, pages));
        var result = empty with
        {
            Pages = pages.Length,
            StaticFiles = files.Length,
            Releases = site.ReleaseCount,
            LeftOut = site.LeftOut,
        };
        var manifest = (StagedOutput output) => new BuildManifest
        {
            Inputs = inputs!,
            Window = window,
            Output = output.StagedSize(),
            Pages = result.Pages,
            StaticFiles = result.StaticFiles,
            Releases = result.Releases,
            LeftOut = result.LeftOut,
            Diagnostics = diagnostics.ToSortedArray(),
        };
        var written = Write(options, pages, ArtifactPlanner.Plan(site, pages), files, renderer, links, manifest, diagnostics);
        return written ? result : result with { Pages = 0, StaticFiles = 0 };
    }

    /// <summary>
    /// Renders every page and artifact; with an output folder, stages them and swaps them in. Without one
    /// (check) the same work runs and is thrown away, so check finds exactly what build would.
    /// </summary>
    /// <returns>True when the site was written (or, without an output folder, fully rendered).</returns>
    private static bool Write(BuildOptions options, ImmutableArray<PlannedPage> pages, ImmutableArray<Artifact> artifacts, ImmutableArray<StaticFile> staticFiles, PageRenderer renderer, LinkChecker? links, Func<StagedOutput, BuildManifest> manifest, DiagnosticBag diagnostics)
    {
        try
        {
            using var output = options.OutputDirectory is null ? null : StagedOutput.Begin(options.OutputDirectory);
            var rendered = new ConcurrentBag<RenderedPage>();
            var rendering = new StageProgress(options.Progress, BuildStage.Rendering, pages.Length);

            // The artifacts go first, beside the pages rather than after them: the search index alone keeps one
            // thread busy for a fifth of a second at 10,000 releases, which left the other core idle at the end.
            Parallel.For(0, artifacts.Length + pages.Length, options.Parallelism, i =>
            {
                if (i < artifacts.Length)
                {
                    using var bytes = new SegmentedMemoryStream();
                    artifacts[i].Write(bytes);
                    output?.Write(artifacts[i].OutputFile, bytes.Segments);
                    return;
                }

                // The page's HTML is written from its context's buffer; a string of it is made only for the link checker.
                var page = pages[i - artifacts.Length];
                renderer.Render(page, diagnostics, html =>
                {
                    output?.WriteText(page.OutputFile, html);
                    if (links is not null)
                    {
                        rendered.Add(new RenderedPage(page, new string(html)));
                    }
                });

                rendering.Step();
            });
            links?.Check([.. rendered], [.. artifacts.Select(a => a.OutputFile), .. staticFiles.Select(f => f.OutputPath)], diagnostics);

            if (output is null || Fails(diagnostics, options))
            {
                return !Fails(diagnostics, options);
            }

            var writing = new StageProgress(options.Progress, BuildStage.Writing, 1);

            // Static files come after the artifacts, so a site's own robots.txt replaces the generated one.
            Parallel.ForEach(staticFiles, options.Parallelism, file => output.Copy(file.OutputPath, file.Open));
            output.Commit(manifest(output));
            writing.Step();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.WriteFailed, SourceSpan.WholeFile(options.OutputDirectory!), $"cannot write the site: {e.Message}", "the previous output is unchanged");
            return false;
        }
        catch (AggregateException e) when (IoFailures.AllOf(e) is { } failures)
        {
            // From the parallel loops (a full disk fails every writer at once): one line per distinct failure.
            foreach (var message in failures.Select(f => f.Message).Distinct(StringComparer.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.WriteFailed, SourceSpan.WholeFile(options.OutputDirectory!), $"cannot write the site: {message}", "the previous output is unchanged");
            }

            return false;
        }
    }

    /// <remarks>
    /// Its own method, so no lambda of <see cref="Run(BuildOptions, DiagnosticBag)"/> captures the sources, whose
    /// texts are collected while pages render.
    /// </remarks>
    private static Task<string> Fingerprint(SiteSource source, BuildOptions options, bool beforeParsing) =>
        beforeParsing ? Task.FromResult(InputFingerprint.Of(source, options)) : Task.Run(() => InputFingerprint.Of(source, options));

    private static bool Fails(DiagnosticBag diagnostics, BuildOptions options) =>
        diagnostics.HasErrors || (options.Strict && diagnostics.HasWarnings);

    private static BuildOutcome OutcomeOf(DiagnosticBag diagnostics, BuildOptions options)
    {
        var errors = diagnostics.ToSortedArray().Where(d => d.IsError || options.Strict).ToList();
        return errors.Count == 0 ? BuildOutcome.Succeeded
            : errors.Any(d => UnusableInputCodes.Contains(d.Code)) ? BuildOutcome.UnusableInput
            : BuildOutcome.ContentErrors;
    }
}
