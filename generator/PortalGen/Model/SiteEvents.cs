using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>The releases of an edition that announce an event, in the order the events start.</summary>
internal static class SiteEvents
{
    /// <summary>Ordered by start, then by path: two events starting together keep one order in every build.</summary>
    public static ImmutableArray<Release> Of(Site site) =>
        [.. site.Releases.Where(release => release.Event is not null).OrderBy(release => release.Event!.Start).ThenBy(release => release.Path, StringComparer.Ordinal)];
}
