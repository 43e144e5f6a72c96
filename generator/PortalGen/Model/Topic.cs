using PortalGen.Diagnostics;

namespace PortalGen.Model;

/// <summary>A subject releases are filed under, from topics.yml.</summary>
public sealed record Topic(string Id, string Name, string? Description, SourceSpan Span);
