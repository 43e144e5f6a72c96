using PortalGen.Diagnostics;

namespace PortalGen.Model;

/// <summary>A member of the consortium, from partners.yml.</summary>
public sealed record Partner(
    string Id,
    string Name,
    string ShortName,
    PartnerKind Kind,
    string? Website,
    string? Logo,
    string? Location,
    string? Description,
    SourceSpan Span);
