using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Parsing;

/// <summary>A release's <c>doi:</c>, <c>publication:</c> and <c>funders:</c>, as front matter holds them.</summary>
/// <param name="Doi">Already normalised (<see cref="DoiText"/>); null when missing or malformed.</param>
internal sealed record ResearchFields(string? Doi, Publication? Publication, ImmutableArray<FunderReference> Funders)
{
    public static readonly ResearchFields None = new(null, null, []);
}
