using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Modeling;

/// <summary>What site.yml and the registries define: the settings (null when site.yml is unusable), the partners and the topics.</summary>
internal sealed record SiteDefinitions(SiteSettings? Settings, ImmutableArray<Partner> Partners, ImmutableArray<Topic> Topics)
{
    public PressContacts Contacts { get; init; } = PressContacts.None;

    public ImmutableArray<Funder> Funders { get; init; } = [];
}
