using PortalGen.Loading;

namespace PortalGen.Parsing;

/// <summary>A content file after parsing: its typed front matter and its rendered body.</summary>
/// <param name="File">The file, its relative path without the language suffix (news/2020/x.de.md as news/2020/x.md).</param>
public sealed record ContentDocument(SourceFile File, FrontMatter FrontMatter, RenderedMarkdown Body)
{
    /// <summary>The language the file is written in: its name's suffix (x.de.md), else the site's default language.</summary>
    public string Language { get; init; } = "";
}
