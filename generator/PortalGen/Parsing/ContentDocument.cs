using System.Collections.Immutable;

namespace PortalGen.Parsing;

/// <summary>
/// A content file after parsing: its typed front matter and its rendered body. It keeps the file's paths, not its
/// text: nothing reads a text once it is parsed, and 10,000 releases' texts (80 MB) would otherwise live as long as
/// the documents.
/// </summary>
/// <param name="RelativePath">The file's path below content/ without the language suffix (news/2020/x.de.md as news/2020/x.md).</param>
/// <param name="DisplayPath">The file as diagnostics name it (content/news/2020/x.de.md).</param>
internal sealed record ContentDocument(string RelativePath, string DisplayPath, FrontMatter FrontMatter, RenderedMarkdown Body)
{
    /// <summary>The language the file is written in: its name's suffix (x.de.md), else the site's default language.</summary>
    public string Language { get; init; } = "";

    /// <summary>
    /// The sentences <c>portalgen new</c> wrote for the editor to replace that the file still holds, and where. Found
    /// while the text is at hand; whether they are worth a warning depends on the publication rules, applied later.
    /// </summary>
    public ImmutableArray<Field<string>> Placeholders { get; init; } = [];
}
