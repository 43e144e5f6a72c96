using PortalGen.Loading;

namespace PortalGen.Parsing;

/// <summary>A content file after parsing: its typed front matter and its rendered body.</summary>
public sealed record ContentDocument(SourceFile File, FrontMatter FrontMatter, RenderedMarkdown Body);
