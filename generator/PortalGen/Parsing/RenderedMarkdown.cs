using System.Collections.Immutable;
using PortalGen.Parsing.ContentLinks;

namespace PortalGen.Parsing;

/// <summary>A body turned into HTML, with the plain text of its lead paragraph for summaries and of the whole body for search.</summary>
/// <param name="Text">The body's words without markup, whitespace collapsed to single spaces.</param>
public sealed record RenderedMarkdown(string Html, string LeadText, string Text)
{
    /// <summary>Links whose URLs the HTML holds as placeholders until the model is built.</summary>
    public ImmutableArray<DeferredLink> DeferredLinks { get; init; } = [];
}
