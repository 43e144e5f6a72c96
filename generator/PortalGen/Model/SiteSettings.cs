using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>The settings of site.yml, checked and with defaults filled in.</summary>
public sealed record SiteSettings
{
    public required string Title { get; init; }

    /// <summary>Absolute, ending in '/'; its path is where the site lives on its host (/ or /portal/).</summary>
    public required Uri BaseUrl { get; init; }

    public string Description { get; init; } = "";

    public string Language { get; init; } = "en";

    /// <summary>Releases per index page.</summary>
    public int Paginate { get; init; } = 10;

    /// <summary>Entries in each Atom feed.</summary>
    public int FeedSize { get; init; } = 20;

    /// <summary>Related releases shown on a release page.</summary>
    public int Related { get; init; } = 4;

    /// <summary>The zone of dates written without one.</summary>
    public TimeZoneInfo TimeZone { get; init; } = TimeZoneInfo.Utc;

    /// <summary>Raw HTML in Markdown is kept only when the site opts in.</summary>
    public bool UnsafeHtml { get; init; }

    public ImmutableSortedDictionary<string, object?> Params { get; init; } = ImmutableSortedDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal);
}
