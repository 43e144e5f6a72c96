using System.Collections.Immutable;

namespace PortalGen.Model;

/// <summary>The contacts registry in one language, and the contact of releases that name none.</summary>
internal sealed record PressContacts(ImmutableArray<PressContact> All, PressContact? Default)
{
    public static readonly PressContacts None = new([], null);

    /// <summary>Whom to call about a release: the contacts it names, else the site's default contact.</summary>
    public ImmutableArray<PressContact> For(Release release) =>
        [.. release.Contacts.IsEmpty ? (Default is { } fallback ? [fallback] : []) : release.Contacts.Select(c => Find(c.Id) ?? c)];

    /// <summary>The contacts who speak for a partner, in the registry's order.</summary>
    public IEnumerable<PressContact> Of(Partner partner) => All.Where(c => string.Equals(c.Organisation, partner.Id, StringComparison.Ordinal));

    public PressContacts In(string language) =>
        new([.. All.Select(c => c.In(language))], Default?.In(language));

    private PressContact? Find(string id) => All.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.Ordinal));
}
