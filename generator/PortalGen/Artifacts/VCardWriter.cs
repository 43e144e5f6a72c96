using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>Writes a press contact as a vCard 4.0 (RFC 6350), for journalists' address books.</summary>
internal static class VCardWriter
{
    public static void Write(Site site, PressContact contact, Stream output)
    {
        var lines = new ContentLines()
            .Raw("BEGIN", "VCARD")
            .Raw("VERSION", "4.0")
            .Raw("KIND", "individual")
            .Text("FN", contact.Name);
        if (site.Partners.FirstOrDefault(p => string.Equals(p.Id, contact.Organisation, StringComparison.Ordinal)) is { } partner)
        {
            lines.Text("ORG", partner.Name);
        }

        if (contact.Role is { } role)
        {
            lines.Text("TITLE", role);
        }

        lines.Text("EMAIL;TYPE=work", contact.Email)
            .Raw("TEL;VALUE=uri;TYPE=\"work,voice\"", contact.TelUri);
        if (contact.Photo is { } photo)
        {
            lines.Raw("PHOTO", site.Urls.AssetPermalink(photo, UrlScheme.Home));
        }

        lines.Raw("SOURCE", site.Urls.AssetPermalink("/" + UrlScheme.ContactCard(contact.Id), UrlScheme.Home))
            .Raw("END", "VCARD")
            .WriteTo(output);
    }
}
