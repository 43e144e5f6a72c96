using PortalGen.Diagnostics;

namespace PortalGen.Model;

/// <summary>An old URL of a release that must redirect to its current one.</summary>
/// <param name="Path">Site-relative, checked to be safe as an output path: old/path.html or old/dir/.</param>
/// <param name="Span">Where the alias is written, for collisions.</param>
internal sealed record OldUrl(string Path, SourceSpan Span);
