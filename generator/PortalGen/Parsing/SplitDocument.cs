namespace PortalGen.Parsing;

/// <summary>A content file cut into its front matter and its Markdown body.</summary>
/// <param name="FrontMatterLineOffset">Lines in the file before the front matter text (the opening fence).</param>
/// <param name="BodyLineOffset">Lines in the file before the body, so body line 0 is file line BodyLineOffset + 1.</param>
public sealed record SplitDocument(
    FrontMatterFormat Format,
    string FrontMatter,
    int FrontMatterLineOffset,
    string Body,
    int BodyLineOffset);
