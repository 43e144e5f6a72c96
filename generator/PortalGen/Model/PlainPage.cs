using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>A page from content/pages/: no date, not in feeds or indexes (About, Legal notice).</summary>
internal sealed record PlainPage
{
    public required string SourcePath { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public required string ContentHtml { get; init; }

    /// <summary>Photos of the body to publish as variants.</summary>
    public ImmutableArray<PublishedImage> Images { get; init; } = [];

    /// <summary>Site-relative URL path: about/.</summary>
    public required string Path { get; init; }

    /// <summary>Where the theme links the page from: the main navigation, the footer (legal notice, privacy), or nowhere.</summary>
    public PageMenu Menu { get; init; } = PageMenu.Main;

    public ImmutableSortedDictionary<string, object?> Params { get; init; } = ImmutableSortedDictionary<string, object?>.Empty;

    /// <summary>The language it is written in (from the file name's suffix, else the site's default language).</summary>
    public string Language { get; init; } = "";

    /// <summary>What its translations share: the file's path below content/ without the language suffix (pages/about.md).</summary>
    public string TranslationKey { get; init; } = "";
}
