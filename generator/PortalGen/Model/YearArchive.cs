using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>The releases of one year (the year of their URL), newest first.</summary>
internal sealed record YearArchive(int Year, ImmutableArray<Release> Releases);
