namespace PortalGen;

/// <summary>What to build and how: the command line's options, as the library sees them.</summary>
public sealed record BuildOptions
{
    /// <summary>The site's content folder (site.yml, partners.yml, topics.yml, news/, pages/, static/).</summary>
    public required string ContentDirectory { get; init; }

    /// <summary>The site's templates folder; it may be missing, then the embedded default theme serves alone.</summary>
    public required string TemplatesDirectory { get; init; }

    /// <summary>Where the site is written; null builds in memory only (check).</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>Overrides site.yml's base_url (production or preview hosts).</summary>
    public string? BaseUrl { get; init; }

    public bool IncludeDrafts { get; init; }

    public bool IncludeFuture { get; init; }

    /// <summary>Warnings fail the build too (--strict), for CI that wants a clean site.</summary>
    public bool Strict { get; init; }

    /// <summary>Check that every internal link of the rendered pages resolves (check does; build leaves it to check, see README).</summary>
    public bool CheckLinks { get; init; }

    /// <summary>"Now" for publication rules; fixed in tests and reproducible CI builds.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Paths in diagnostics are shown relative to this folder (the working directory on the command line).</summary>
    public string DisplayRoot { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>Told as each stage starts and as files are parsed and pages rendered, from any thread (the terminal's progress display).</summary>
    public IProgress<BuildProgress>? Progress { get; init; }

    /// <summary>Threads for parsing and rendering; the output is the same for any value.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>How long a build waits for another build into the same output folder to finish (<see cref="Output.OutputLock"/>).</summary>
    public TimeSpan OutputLockPatience { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The one place <see cref="MaxParallelism"/> becomes options for Parallel loops (at least one thread).</summary>
    internal ParallelOptions Parallelism => new() { MaxDegreeOfParallelism = Math.Max(1, MaxParallelism) };
}
