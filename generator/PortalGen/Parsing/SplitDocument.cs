namespace PortalGen.Parsing;

/// <summary>
/// A content file's front matter cut out, and where its Markdown body starts: the body is not copied out of the
/// file's text, Markdig reads it there (see <see cref="FrontMatterLinesParser"/>).
/// </summary>
/// <param name="FrontMatterLineOffset">Lines in the file before the front matter text (the opening fence).</param>
/// <param name="BodyLineOffset">Lines in the file before the body (the front matter and both fences).</param>
internal sealed record SplitDocument(
    FrontMatterFormat Format,
    string FrontMatter,
    int FrontMatterLineOffset,
    int BodyLineOffset);
