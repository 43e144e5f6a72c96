using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>What a release about research cites: the paper's DOI and details, and who funded the work.</summary>
/// <param name="Doi">Normalised: 10.NNNN/suffix, without a resolver.</param>
internal sealed record ResearchFacts(string? Doi, Publication? Publication, ImmutableArray<Grant> Funding)
{
    public static readonly ResearchFacts None = new(null, null, []);

    public string? DoiUrl => Doi is null ? null : "https://doi.org/" + Doi;

    public bool HasCitation => Doi is not null || Publication is not null;
}
