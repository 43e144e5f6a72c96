using System.Collections.Immutable;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Modeling;

/// <summary>What a site's model is built from: its settings, the registries, the parsed documents and what exists in the content folder.</summary>
internal sealed record SiteInputs(
    SiteSettings Settings,
    ImmutableArray<Partner> Partners,
    ImmutableArray<Topic> Topics,
    IReadOnlyList<ContentDocument> ReleaseDocuments,
    IReadOnlyList<ContentDocument> PageDocuments,
    ContentIndex Content)
{
    public PressContacts Contacts { get; init; } = PressContacts.None;

    public ImmutableArray<Funder> Funders { get; init; } = [];
}
