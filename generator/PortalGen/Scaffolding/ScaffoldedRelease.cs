namespace PortalGen.Scaffolding;

/// <summary>A new release file, ready to write: where it goes and its text.</summary>
/// <param name="FullPath">The file's absolute path below the content folder.</param>
/// <param name="DisplayPath">The path as messages print it (content/news/2026/x.md).</param>
public sealed record ScaffoldedRelease(string FullPath, string DisplayPath, string Text);
