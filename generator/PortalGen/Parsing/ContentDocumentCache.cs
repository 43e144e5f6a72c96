using System.Collections.Concurrent;
using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;

namespace PortalGen.Parsing;

/// <summary>
/// Parsed documents kept between the rebuilds of a long-running preview. A file handed in as the very same
/// <see cref="SourceFile"/> as last time (the <see cref="SourceFileCache"/> returns the same object for an
/// unchanged file) under the same settings is not parsed again; its diagnostics are replayed, so a rebuild
/// reports exactly what a clean build would. Safe to use from many threads.
/// </summary>
public sealed class ContentDocumentCache
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public ContentDocument? Parse(SourceFile file, SiteSettings settings, DiagnosticBag diagnostics)
    {
        if (!entries.TryGetValue(file.DisplayPath, out var entry) || !ReferenceEquals(entry.File, file) || !ParseTheSame(entry.Settings, settings))
        {
            var own = new DiagnosticBag();
            entry = new Entry(file, settings, ContentDocumentParser.Parse(file, settings, own), own.ToSortedArray());
            entries[file.DisplayPath] = entry;
        }

        foreach (var diagnostic in entry.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return entry.Document;
    }

    /// <summary>
    /// Settings read again from an unchanged site.yml are equal but for <c>params</c>, which records compare by
    /// reference; params are for templates only and never change how a document parses.
    /// </summary>
    private static bool ParseTheSame(SiteSettings cached, SiteSettings current) =>
        ReferenceEquals(cached, current) || cached.Equals(current with { Params = cached.Params });

    private sealed record Entry(SourceFile File, SiteSettings Settings, ContentDocument? Document, ImmutableArray<Diagnostic> Diagnostics);
}
