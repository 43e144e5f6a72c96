using System.Buffers;
using System.Collections.Immutable;
using System.Diagnostics;
using PortalGen.Diagnostics;
using PortalGen.Editing;
using PortalGen.Loading;
using PortalGen.Modeling;
using PortalGen.Output;
using PortalGen.Pipeline;
using PortalGen.Settings;

namespace PortalGen;

/// <summary>
/// The one entry point of the pipeline, used alike by the command line, the dev server and the tests:
/// load from disk, run the <see cref="SitePipeline"/>, render, write. Nothing is written unless every stage succeeded.
/// </summary>
public static class Build
{
    private static readonly ImmutableHashSet<string> UnusableInputCodes =
    [
        DiagnosticCodes.MissingFolder, DiagnosticCodes.UnreadableFile, DiagnosticCodes.UnsafeOutputFolder, DiagnosticCodes.ForeignOutputFolder, DiagnosticCodes.WriteFailed, DiagnosticCodes.InvalidOption, DiagnosticCodes.OutputFolderBusy,
    ];

    public static BuildResult Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var result = Run(options, diagnostics);
        var reported = options.Reported(diagnostics);
        return result with { Elapsed = clock.Elapsed, Diagnostics = reported, Outcome = OutcomeOf(reported) };
    }

    /// <summary>
    /// Builds a site held in memory, by paths below its root (content/site.yml, templates/layouts/release.html),
    /// into <paramref name="output"/>: the same pipeline as a build from disk, with no folder read or written.
    /// </summary>
    internal static BuildResult Run(IReadOnlyDictionary<string, byte[]> files, PipelineSettings settings, ISiteOutput output)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var run = SitePipeline.Run(MemorySourceLoader.Load(files, diagnostics), settings, IRebuildCache.None, diagnostics);
        run.Site?.WriteAll(output, settings, diagnostics);
        var written = run.Site is not null && !settings.Fails(diagnostics);
        var reported = settings.Reported(diagnostics);
        return new BuildResult
        {
            Outcome = OutcomeOf(reported),
            Diagnostics = reported,
            Pages = written ? run.Site!.Pages.Length : 0,
            StaticFiles = written ? run.Site!.StaticFiles.Length : 0,
            Releases = run.Site?.Site.ReleaseCount ?? 0,
            LeftOut = run.LeftOut,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>
    /// Loads, checks and models the site as a build would, renders and writes nothing, and says when its output next
    /// changes by the clock alone (<see cref="BuildResult.NextChange"/>): what a scheduled rebuild waits for.
    /// </summary>
    public static BuildResult Schedule(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var source = SiteSourceLoader.Load(options, diagnostics);
        var run = source?.Settings is null ? null : SitePipeline.Run(source, options with { OutputDirectory = null }, IRebuildCache.None, diagnostics);
        var reported = options.Reported(diagnostics);
        return new BuildResult
        {
            Outcome = OutcomeOf(reported),
            Diagnostics = reported,
            Releases = run?.Site?.Site.ReleaseCount ?? 0,
            LeftOut = run?.LeftOut ?? [],
            LeftOutFiles = source?.LeftOutFiles ?? [],
            NextChange = run?.Site?.Window.NextChange,
            Elapsed = clock.Elapsed,
        };
    }

    /// <summary>
    /// Loads and models the site as a build would and writes the JSON Schema of its releases' front matter to
    /// <paramref name="output"/> (<c>portalgen schema</c>); nothing when the site has errors.
    /// </summary>
    public static BuildResult Schema(BuildOptions options, Stream output)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var source = SiteSourceLoader.Load(options, diagnostics);
        var site = source?.Settings is null ? null : SiteModeler.Model(source, options, diagnostics, IRebuildCache.None).Site;
        if (site is not null && !options.Fails(diagnostics))
        {
            var schema = new ArrayBufferWriter<byte>();
            FrontMatterSchema.Write(site.Default, schema);
            output.Write(schema.WrittenSpan);
        }

        var reported = options.Reported(diagnostics);
        return new BuildResult { Outcome = OutcomeOf(reported), Diagnostics = reported, Releases = site?.ReleaseCount ?? 0, Elapsed = clock.Elapsed };
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

            return empty with { Pages = previous.Pages, StaticFiles = previous.StaticFiles, Releases = previous.Releases, LeftOut = previous.LeftOut, UpToDate = true, NextChange = previous.Window.NextChange };
        }

        var run = SitePipeline.Run(source, options, IRebuildCache.None, diagnostics);
        var inputs = hashing?.GetAwaiter().GetResult();
        if (run.Site is not { } built)
        {
            return empty with { LeftOut = run.LeftOut };
        }

        var result = empty with
        {
            Pages = built.Pages.Length,
            StaticFiles = built.StaticFiles.Length,
            Releases = built.Site.ReleaseCount,
            LeftOut = run.LeftOut,
            NextChange = built.Window.NextChange,
        };
        var manifest = (StagedOutput output) => new BuildManifest
        {
            Inputs = inputs!,
            Window = built.Window,
            Output = output.StagedSize(),
            Pages = result.Pages,
            StaticFiles = result.StaticFiles,
            Releases = result.Releases,
            LeftOut = result.LeftOut,
            Diagnostics = diagnostics.ToSortedArray(),
        };
        return Write(options, built, manifest, diagnostics) ? result : result with { Pages = 0, StaticFiles = 0 };
    }

    /// <summary>Renders the site and, with an output folder, stages it and swaps it in; check renders it and keeps nothing.</summary>
    /// <returns>True when the site was written (or, without an output folder, fully rendered).</returns>
    private static bool Write(BuildOptions options, BuiltSite built, Func<StagedOutput, BuildManifest> manifest, DiagnosticBag diagnostics)
    {
        try
        {
            using var output = options.OutputDirectory is null ? null : StagedOutput.Begin(options.OutputDirectory);
            built.WriteAll(output, options, diagnostics);
            if (output is null || options.Fails(diagnostics))
            {
                return !options.Fails(diagnostics);
            }

            output.Commit(manifest(output));
            PruneImageCache(built);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            BuildFailures.Report(options, [e], diagnostics);
            return false;
        }
        catch (AggregateException e) when (IoFailures.AllOf(e) is { } failures)
        {
            // From the parallel loops (a full disk fails every writer at once).
            BuildFailures.Report(options, failures, diagnostics);
            return false;
        }
    }


    /// <summary>
    /// Drops cached variants this build did not use, once the new site is in place. A cache file that cannot be
    /// removed costs disk space only: the site is written, so it is no reason to fail the build.
    /// </summary>
    private static void PruneImageCache(BuiltSite built)
    {
        try
        {
            built.Images.Prune(built.Photos.SelectMany(photo => photo.Variants).Select(variant => variant.FileName));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build to try again.
        }
    }

    /// <remarks>
    /// Its own method, so no lambda of <see cref="Run(BuildOptions, DiagnosticBag)"/> captures the sources, whose
    /// texts are collected while pages render.
    /// </remarks>
    private static Task<string> Fingerprint(SiteSource source, BuildOptions options, bool beforeParsing) =>
        beforeParsing ? Task.FromResult(InputFingerprint.Of(source, options)) : Task.Run(() => InputFingerprint.Of(source, options));

    /// <param name="reported">The diagnostics as <see cref="PipelineSettings.Reported"/> gives them, a strict run's warnings as errors.</param>
    private static BuildOutcome OutcomeOf(ImmutableArray<Diagnostic> reported)
    {
        var errors = reported.Where(d => d.IsError).ToList();
        return errors.Count == 0 ? BuildOutcome.Succeeded
            : errors.Any(d => UnusableInputCodes.Contains(d.Code)) ? BuildOutcome.UnusableInput
            : BuildOutcome.ContentErrors;
    }
}
