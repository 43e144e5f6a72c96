using System.Collections.Immutable;
using PortalGen.Diagnostics;

namespace PortalGen.Model;

/// <summary>A subject releases are filed under, from topics.yml.</summary>
internal sealed record Topic(string Id, string Name, string? Description, SourceSpan Span)
{
    /// <summary>Name and description in the site's other languages, by language code.</summary>
    public ImmutableSortedDictionary<string, RegistryTexts> Translations { get; init; } = ImmutableSortedDictionary<string, RegistryTexts>.Empty;

    /// <summary>The topic as a page in the language shows it.</summary>
    public Topic In(string language) =>
        Translations.TryGetValue(language, out var texts) ? this with { Name = texts.Name, Description = texts.Description } : this;
}
