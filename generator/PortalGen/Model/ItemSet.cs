namespace PortalGen.Model;

/// <summary>
/// One, two or three of the partners and topics a release names, as indexes into the registries (partners first,
/// then topics), ascending; an unused place holds -1.
/// </summary>
internal readonly record struct ItemSet(int First, int Second, int Third)
{
    /// <summary>The most items a set holds: triples already single out a handful of releases in a large archive.</summary>
    public const int MaxSize = 3;
}
