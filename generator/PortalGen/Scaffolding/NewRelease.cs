using System.Collections.Immutable;

namespace PortalGen.Scaffolding;

/// <summary>What an editor asks <c>portalgen new</c> for: the release's title and ids, and what to decide for them.</summary>
public sealed record NewRelease
{
    public required string Title { get; init; }

    public ImmutableArray<string> Partners { get; init; } = [];

    public ImmutableArray<string> Topics { get; init; } = [];

    /// <summary>The release date as an editor writes it (2026-12-01 or 2026-12-01T09:00); null takes now, in the site's time zone.</summary>
    public string? Date { get; init; }

    /// <summary>The URL segment; null makes it from the title with the build's slug rules.</summary>
    public string? Slug { get; init; }

    /// <summary>True by default, as in <c>hugo new</c>: a fresh release is unfinished until an editor says otherwise.</summary>
    public bool Draft { get; init; } = true;
}
