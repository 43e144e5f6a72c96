using PortalGen.Diagnostics;

namespace PortalGen.Parsing;

/// <summary>A value read from a file, with where it was written, so later stages can point at it.</summary>
internal readonly record struct Field<T>(T Value, SourceSpan Span);
