namespace PortalGen.Loading;

/// <summary>An input text file, decoded, with LF line ends and no BOM.</summary>
/// <param name="RelativePath">Path below its root folder, with '/' separators (news/2020/x.md).</param>
/// <param name="DisplayPath">The path as diagnostics print it (content/news/2020/x.md).</param>
internal sealed record SourceFile(string RelativePath, string DisplayPath, string Text);
