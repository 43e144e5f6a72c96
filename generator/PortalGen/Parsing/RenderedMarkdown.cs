namespace PortalGen.Parsing;

/// <summary>A body turned into HTML, with the plain text of its lead paragraph for summaries and of the whole body for search.</summary>
/// <param name="Text">The body's words without markup, whitespace collapsed to single spaces.</param>
public sealed record RenderedMarkdown(string Html, string LeadText, string Text);
