using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Modeling;

namespace PortalGen.Serving.Caching;

/// <summary>
/// site.yml and the registries as read for the last rebuild of a long-running preview, kept while the very same
/// three <see cref="SourceFile"/> objects come in again (the source cache hands back the same object for an
/// unchanged file). Keeping the same settings and partner objects is what lets the <see cref="ReleaseMemo"/> keep
/// an unchanged release as it is. Their diagnostics are replayed, as a clean build would report them.
/// </summary>
internal sealed class SettingsMemo
{
    private Entry? last;

    internal SiteDefinitions GetOrRead(SiteSource source, Func<DiagnosticBag, SiteDefinitions> read, DiagnosticBag diagnostics)
    {
        var kept = last;
        if (kept is null || !ReferenceEquals(kept.Settings, source.Settings) || !ReferenceEquals(kept.Partners, source.Partners) || !ReferenceEquals(kept.Topics, source.Topics)
            || !ReferenceEquals(kept.Contacts, source.Contacts) || !ReferenceEquals(kept.Funders, source.Funders))
        {
            var own = new DiagnosticBag();
            kept = new Entry(source.Settings, source.Partners, source.Topics, read(own), own.ToSortedArray()) { Contacts = source.Contacts, Funders = source.Funders };
            last = kept;
        }

        foreach (var diagnostic in kept.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }

        return kept.Read;
    }

    private sealed record Entry(SourceFile? Settings, SourceFile? Partners, SourceFile? Topics, SiteDefinitions Read, ImmutableArray<Diagnostic> Diagnostics)
    {
        public SourceFile? Contacts { get; init; }

        public SourceFile? Funders { get; init; }
    }
}
