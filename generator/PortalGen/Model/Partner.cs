using System.Collections.Immutable;
using PortalGen.Diagnostics;

namespace PortalGen.Model;

/// <summary>A member of the consortium, from partners.yml.</summary>
internal sealed record Partner(
    string Id,
    string Name,
    string ShortName,
    PartnerKind Kind,
    string? Website,
    string? Logo,
    string? Location,
    string? Description,
    SourceSpan Span)
{
    /// <summary>Where partners.yml names its logo, or the entry when it names none.</summary>
    public SourceSpan LogoSpan { get; init; } = Span;

    /// <summary>Name, short name and description in the site's other languages, by language code.</summary>
    public ImmutableSortedDictionary<string, RegistryTexts> Translations { get; init; } = ImmutableSortedDictionary<string, RegistryTexts>.Empty;

    /// <summary>
    /// What a release naming the partner ends with, under "About NAME": HTML made from the registry's Markdown
    /// without raw HTML or unsafe links (<see cref="Parsing.BoilerplateMarkdown"/>); null when it has none.
    /// </summary>
    public string? Boilerplate { get; init; }

    /// <summary>The partner as a page in the language shows it.</summary>
    public Partner In(string language) =>
        Translations.TryGetValue(language, out var texts)
            ? this with { Name = texts.Name, ShortName = texts.ShortName, Description = texts.Description, Boilerplate = texts.Boilerplate }
            : this;
}
