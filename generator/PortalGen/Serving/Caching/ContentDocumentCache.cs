using System.Collections.Concurrent;
using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Serving.Caching;

/// <summary>
/// Parsed documents kept between the rebuilds of a long-running preview. A file handed in as the very same
/// <see cref="SourceFile"/> as last time (the <see cref="SourceFileCache"/> returns the same object for an
/// unchanged file) under the same settings is not parsed again; its diagnostics are replayed, so a rebuild
/// reports exactly what a clean build would. A document's links and images depend on which other files exist,
/// so a file added or removed anywhere in the content parses everything again. Safe to use from many threads.
/// </summary>
internal sealed class ContentDocumentCache
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private ContentIndex? content;
    private int generation;
    private SettingsComparison? lastComparison;
    private ContentGeneration? lastGeneration;

    public ContentDocument? Parse(SourceFile file, SiteSettings settings, ContentIndex content, DiagnosticBag diagnostics)
    {
        var current = GenerationOf(content);
        if (!entries.TryGetValue(file.DisplayPath, out var entry) || entry.Generation != current || !ReferenceEquals(entry.File, file) || !ParsesTheSame(entry.Settings, settings))
        {
            var own = new DiagnosticBag();
            entry = new Entry(file, settings, current, ContentDocumentParser.Parse(file, settings, content, own), own.ToSortedArray());
            entries[file.DisplayPath] = entry;
        }

        foreach (var diagnostic in entry.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return entry.Document;
    }

    /// <summary>Every file of a rebuild compares the same two settings: compared once, not once per file (10,000 record comparisons were some 10 ms of a save).</summary>
    private bool ParsesTheSame(SiteSettings cached, SiteSettings current)
    {
        var last = Volatile.Read(ref lastComparison);
        if (last is not null && ReferenceEquals(last.Cached, cached) && ReferenceEquals(last.Current, current))
        {
            return last.Same;
        }

        last = new SettingsComparison(cached, current, ParseTheSame(cached, current));
        Volatile.Write(ref lastComparison, last);
        return last.Same;
    }

    /// <summary>
    /// Settings read again from an unchanged site.yml are equal but for <c>params</c> and the list of languages,
    /// which records compare by reference: the languages are compared item by item (else every save parsed every
    /// document again), and params are for templates only and never change how a document parses.
    /// </summary>
    private static bool ParseTheSame(SiteSettings cached, SiteSettings current)
    {
        if (ReferenceEquals(cached, current))
        {
            return true;
        }

        var languages = cached.Languages;
        return languages.SequenceEqual(current.Languages)
            && (cached with { Languages = languages }).Equals(current with { Params = cached.Params, Languages = languages });
    }

    private int GenerationOf(ContentIndex index)
    {
        // Every file of a rebuild asks with the same index: only the first takes the lock (10,000 on two threads contended).
        var known = Volatile.Read(ref lastGeneration);
        if (known is not null && ReferenceEquals(known.Content, index))
        {
            return known.Generation;
        }

        lock (gate)
        {
            if (!ReferenceEquals(content, index))
            {
                if (content is null || !content.ListsTheSameFiles(index))
                {
                    generation++;
                }

                content = index;
                Volatile.Write(ref lastGeneration, new ContentGeneration(index, generation));
            }

            return generation;
        }
    }

    private sealed record ContentGeneration(ContentIndex Content, int Generation);

    private sealed record SettingsComparison(SiteSettings Cached, SiteSettings Current, bool Same);

    private sealed record Entry(SourceFile File, SiteSettings Settings, int Generation, ContentDocument? Document, ImmutableArray<Diagnostic> Diagnostics);
}
