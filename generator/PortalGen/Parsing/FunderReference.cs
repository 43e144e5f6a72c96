namespace PortalGen.Parsing;

/// <summary>A funder a release names (<c>funders: [dfg]</c> or <c>{id: dfg, grant: "EXC 2064/1"}</c>), checked against funders.yml later.</summary>
internal readonly record struct FunderReference(Field<string> Id, string? Grant);
