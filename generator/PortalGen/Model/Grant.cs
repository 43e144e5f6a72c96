namespace PortalGen.Model;

/// <summary>A funder of the research a release reports, with the grant's number when the release gives one.</summary>
internal sealed record Grant(Funder Funder, string? Number);
