using System.Collections.Immutable;
using PortalGen.Diagnostics;

namespace PortalGen.Settings;

/// <summary>
/// How the pipeline treats a site's sources, wherever they come from (disk, the preview's memory, a test's text):
/// which releases to publish, how strict to be, "now", and how many threads. <see cref="BuildOptions"/> adds the folders.
/// </summary>
public record PipelineSettings
{
    /// <summary>Overrides site.yml's base_url (production or preview hosts).</summary>
    public string? BaseUrl { get; init; }

    public bool IncludeDrafts { get; init; }

    public bool IncludeFuture { get; init; }

    /// <summary>Warnings fail the build too (--strict), for CI that wants a clean site; they are reported as the errors they become.</summary>
    public bool Strict { get; init; }

    /// <summary>Check that every internal link of the rendered pages resolves (check does; build leaves it to check, see README).</summary>
    public bool CheckLinks { get; init; }

    /// <summary>
    /// Marks the build as a preview (a pull request's, "PR #12"): every page shows the label in a banner and asks
    /// not to be indexed, and robots.txt disallows everything. Null for the real site.
    /// </summary>
    public string? PreviewBanner { get; init; }

    /// <summary>"Now" for publication rules; fixed in tests and reproducible CI builds.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Told as each stage starts and as files are parsed and pages rendered, from any thread (the terminal's progress display).</summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>
    /// Where photos' variants are kept between builds, so a photo is decoded once rather than on every build; null
    /// keeps them in memory for this run only. The command line's default is .portalgen-cache/images beside the content folder.
    /// </summary>
    public string? ImageCacheDirectory { get; init; }

    /// <summary>Threads for parsing and rendering; the output is the same for any value.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The one place <see cref="MaxParallelism"/> becomes options for Parallel loops (at least one thread).</summary>
    internal ParallelOptions Parallelism => new() { MaxDegreeOfParallelism = Math.Max(1, MaxParallelism) };

    /// <summary>Whether the diagnostics found so far fail the run: any error, or with <see cref="Strict"/> any warning.</summary>
    internal bool Fails(DiagnosticBag diagnostics) => diagnostics.HasErrors || (Strict && diagnostics.HasWarnings);

    /// <summary>
    /// The diagnostics as every host reports and counts them, sorted: with <see cref="Strict"/> a warning fails the
    /// run, so it is an error, code, place and message unchanged.
    /// </summary>
    internal ImmutableArray<Diagnostic> Reported(DiagnosticBag diagnostics) => Strict
        ? [.. diagnostics.ToSortedArray().Select(d => d with { Severity = DiagnosticSeverity.Error })]
        : diagnostics.ToSortedArray();
}
