using System.Collections.Immutable;
using PortalGen.Diagnostics;

namespace PortalGen.Model;

/// <summary>An organisation that funds research, from funders.yml.</summary>
internal sealed record Funder(string Id, string Name, string? Website, SourceSpan Span)
{
    /// <summary>The name in the site's other languages, by language code.</summary>
    public ImmutableSortedDictionary<string, string> Names { get; init; } = ImmutableSortedDictionary<string, string>.Empty;

    /// <summary>The funder as a page in the language shows it.</summary>
    public Funder In(string language) => Names.TryGetValue(language, out var name) ? this with { Name = name } : this;
}
