using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;

namespace PortalGen;

/// <summary>What a build did: its outcome, every diagnostic, and figures for the summary line.</summary>
public sealed record BuildResult
{
    public required BuildOutcome Outcome { get; init; }

    public required ImmutableArray<Diagnostic> Diagnostics { get; init; }

    public int Pages { get; init; }

    public int StaticFiles { get; init; }

    public int Releases { get; init; }

    public ImmutableArray<LeftOutRelease> LeftOut { get; init; } = [];

    public TimeSpan Elapsed { get; init; }

    /// <summary>Editor and system files the build left out (x.md~, .DS_Store), for --verbose.</summary>
    public ImmutableArray<string> LeftOutFiles { get; init; } = [];

    /// <summary>Nothing the output depends on had changed since the last build into it: nothing was written.</summary>
    public bool UpToDate { get; init; }

    /// <summary>
    /// The first instant after the build's now at which its output changes with no file edited: an embargo lifts, a
    /// release's date arrives, a release expires or leaves the news sitemap's 48 hours. Null when none is ahead.
    /// </summary>
    public DateTimeOffset? NextChange { get; init; }

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
