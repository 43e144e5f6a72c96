using System.Collections.Immutable;
using PortalGen.Parsing.ContentLinks;

namespace PortalGen.Parsing;

/// <summary>A body turned into HTML, with the plain text of its lead paragraph for summaries and of the body's start for search.</summary>
/// <param name="LeadText">
/// The lead paragraph's text (<see cref="LeadParagraph"/>); empty when the front matter has a summary, which is used
/// instead, or when the body does not start with a paragraph.
/// </param>
/// <param name="SearchText">
/// The body's first words without markup, whitespace collapsed to single spaces, as many as the search index keeps
/// (<see cref="Model.SearchExcerpt.Length"/>). In UTF-8, as the index writes it: the model keeps
/// it from parsing to the end of the build, and as a string it was twice the size (29 MB at 10,000 releases).
/// </param>
internal sealed record RenderedMarkdown(string Html, string LeadText, ReadOnlyMemory<byte> SearchText)
{
    /// <summary>
    /// The start of <see cref="Html"/> that is the lead paragraph, when its text stands in for the summary: a release
    /// page shows it as its lead and the body after it, so it is not read twice. Empty without one.
    /// </summary>
    public string LeadHtml { get; init; } = "";

    /// <summary>Links whose URLs the HTML holds as placeholders until the model is built.</summary>
    public ImmutableArray<DeferredLink> DeferredLinks { get; init; } = [];

    /// <summary>Photos the body shows as variants, to be published beside them.</summary>
    public ImmutableArray<ImageUse> Images { get; init; } = [];
}
