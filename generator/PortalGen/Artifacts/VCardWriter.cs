using System.Buffers;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>Writes a press contact as a vCard 4.0 (RFC 6350), for journalists' address books.</summary>
internal static class VCardWriter
{
    public static void Write(Site site, PressContact contact, IBufferWriter<byte> output)
    {
        var lines = new ContentLines(output);
        lines.Write("BEGIN", "VCARD");
        lines.Write("VERSION", "4.0");
        lines.Write("KIND", "individual");
        lines.Write("FN", ContentLines.Escape(contact.Name));
        if (site.Partners.FirstOrDefault(p => string.Equals(p.Id, contact.Organisation, StringComparison.Ordinal)) is { } partner)
        {
            lines.Write("ORG", ContentLines.Escape(partner.Name));
        }

        if (contact.Role is { } role)
        {
            lines.Write("TITLE", ContentLines.Escape(role));
        }

        lines.Write("EMAIL;TYPE=work", ContentLines.Escape(contact.Email));
        lines.Write("TEL;VALUE=uri;TYPE=\"work,voice\"", contact.TelUri);
        if (contact.Photo is { } photo)
        {
            lines.Write("PHOTO", site.Urls.AssetPermalink(photo, UrlScheme.Home));
        }

        lines.Write("SOURCE", site.Urls.AssetPermalink("/" + UrlScheme.ContactCard(contact.Id), UrlScheme.Home));
        lines.Write("END", "VCARD");
    }
}
