namespace PortalGen.Parsing;

/// <summary>A body turned into HTML, with the plain text of its lead paragraph for summaries.</summary>
public sealed record RenderedMarkdown(string Html, string LeadText);
