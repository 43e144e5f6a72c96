namespace PortalGen.Model;

/// <summary>The groups of the partner index, in the order the index shows them.</summary>
internal enum PartnerKind
{
    Science,
    Industry,
    Foundation,
    Public,
}
