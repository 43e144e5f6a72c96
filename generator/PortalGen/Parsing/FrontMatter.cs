using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;

namespace PortalGen.Parsing;

/// <summary>The typed fields of a content file's front matter; every field keeps where it was written.</summary>
internal sealed record FrontMatter
{
    /// <summary>Where the front matter starts: the place to point at for a field that is missing.</summary>
    public required SourceSpan Start { get; init; }

    /// <summary>
    /// Every key written with a value, valid or not, in the order written: a field given a wrong value is not also
    /// reported as missing. A list, not a set: a dozen keys are searched as fast, without a hash set per release.
    /// </summary>
    public ImmutableArray<string> Keys { get; init; } = [];

    public Field<string>? Title { get; init; }

    public Field<PublishDate>? Date { get; init; }

    public Field<PublishDate>? LastModified { get; init; }

    public string? Author { get; init; }

    public ImmutableArray<Field<string>> Partners { get; init; } = [];

    public ImmutableArray<Field<string>> Topics { get; init; } = [];

    /// <summary>Ids from contacts.yml.</summary>
    public ImmutableArray<Field<string>> Contacts { get; init; } = [];

    /// <summary>False when the release leaves its partners' boilerplates out (<c>boilerplates: false</c>).</summary>
    public bool Boilerplates { get; init; } = FrontMatterRules.BoilerplatesByDefault;

    public ResearchFields Research { get; init; } = ResearchFields.None;

    public string? Summary { get; init; }

    public string? Location { get; init; }

    public Field<string>? Image { get; init; }

    public string? ImageAlt { get; init; }

    /// <summary>Where the lead image's crops are centred: "0.3,0.4" or a name such as top or left.</summary>
    public Field<string>? ImageFocus { get; init; }

    public string? ImageCredit { get; init; }

    public string? ImageLicense { get; init; }

    public Field<string>? Slug { get; init; }

    public bool Draft { get; init; }

    public Field<PublishDate>? Embargo { get; init; }

    public Field<PublishDate>? Expires { get; init; }

    public ImmutableArray<Field<string>> Aliases { get; init; } = [];

    /// <summary>The files of a release's media kit, in the order written.</summary>
    public ImmutableArray<DownloadEntry> Downloads { get; init; } = [];

    /// <summary>A plain page's menu: main (the default), footer or none.</summary>
    public Field<string>? Menu { get; init; }

    /// <summary>The event the release announces, when it announces one.</summary>
    public EventFrontMatter? Event { get; init; }

    /// <summary>Every key the generator does not know, for templates as <c>page.params.KEY</c>.</summary>
    public ImmutableSortedDictionary<string, object?> Params { get; init; } = NoParams;

    /// <summary>The empty params, shared by every document that has none, ordered as all params are.</summary>
    internal static ImmutableSortedDictionary<string, object?> NoParams { get; } = ImmutableSortedDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal);
}
