using PortalGen.Diagnostics;

namespace PortalGen.Parsing;

/// <summary>One file of a release's media kit as the editor listed it under <c>downloads:</c>.</summary>
/// <param name="File">The path relative to the release's bundle, where it was written.</param>
/// <param name="Entry">Where the entry starts, for what concerns the whole entry (a missing credit).</param>
/// <param name="License">An SPDX id (CC-BY-4.0) or a URL.</param>
internal sealed record DownloadEntry(Field<string> File, SourceSpan Entry, string? Caption, string? Credit, string? License);
