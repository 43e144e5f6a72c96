namespace PortalGen.Settings;

/// <summary>What to build and how: the command line's options, as the library sees them: the pipeline's settings and the site's folders.</summary>
public sealed record BuildOptions : PipelineSettings
{
    /// <summary>The site's content folder (site.yml, partners.yml, topics.yml, news/, pages/, static/).</summary>
    public required string ContentDirectory { get; init; }

    /// <summary>The site's templates folder; it may be missing, then the embedded default theme serves alone.</summary>
    public required string TemplatesDirectory { get; init; }

    /// <summary>Where the site is written; null builds in memory only (check).</summary>
    public string? OutputDirectory { get; init; }

    /// <summary>How long a build waits for another build into the same output folder to finish (<see cref="Output.OutputLock"/>).</summary>
    public TimeSpan OutputLockPatience { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Paths in diagnostics are shown relative to this folder: the command line passes its working directory.</summary>
    public required string DisplayRoot { get; init; }
}
