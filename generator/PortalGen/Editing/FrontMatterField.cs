using System.Collections.Immutable;

namespace PortalGen.Editing;

/// <summary>
/// One front matter field as editors meet it: in the browser editor's form (when <see cref="InForm"/>) and in the
/// JSON Schema. Its rules (limits, patterns) come from <see cref="Model.FrontMatterRules"/>, which the build checks.
/// </summary>
internal sealed record FrontMatterField(string Name, string Label, FieldKind Kind, string Hint)
{
    public bool Required { get; init; }

    /// <summary>Shown in the browser editor's form; the schema lists every field.</summary>
    public bool InForm { get; init; } = true;

    /// <summary>Written per language in a translation; otherwise a translation repeats the original's value (date, partners, topics must match).</summary>
    public bool Translated { get; init; }

    /// <summary>The longest text allowed, for <see cref="FieldKind.Line"/>.</summary>
    public int? MaxLength { get; init; }

    /// <summary>What a <see cref="FieldKind.Flag"/> is when it is not written.</summary>
    public bool FlagDefault { get; init; }

    /// <summary>The words allowed, for <see cref="FieldKind.Choice"/>.</summary>
    public ImmutableArray<string> Choices { get; init; } = [];
}
