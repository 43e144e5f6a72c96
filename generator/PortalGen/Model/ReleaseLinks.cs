using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>Where a reader can go from one release: the releases just before and after it in time, and related ones.</summary>
/// <param name="Older">The release published before this one, or null for the oldest.</param>
/// <param name="Newer">The release published after this one, or null for the newest.</param>
/// <param name="Related">Most shared partners and topics first; see <see cref="RelatedReleases"/>.</param>
internal sealed record ReleaseLinks(Release? Older, Release? Newer, ImmutableArray<Release> Related);
