using PortalGen.Diagnostics;

namespace PortalGen.Model;

/// <summary>An id written in a setting that a registry must know, with where it was written for the error if it does not.</summary>
internal sealed record RegistryReference(string Id, SourceSpan Span);
