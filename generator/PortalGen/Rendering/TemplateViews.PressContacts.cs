using PortalGen.Model;
using Scriban.Runtime;
using static PortalGen.Rendering.ReadOnlyViews;

namespace PortalGen.Rendering;

/// <summary>The views of a release's press contacts.</summary>
internal sealed partial class TemplateViews
{
    /// <summary>Whom to call about a release, in this edition's language; the site's default contact when it names none.</summary>
    private ScriptArray PressContactViews(Release release) =>
        FreezeArray(site.Contacts.For(release).Select(contact => Freeze(new ScriptObject
        {
            ["id"] = contact.Id,
            ["name"] = contact.Name,
            ["role"] = contact.Role,
            ["organisation"] = partners[contact.Organisation],
            ["email"] = contact.Email,
            ["mailto"] = "mailto:" + contact.Email,
            ["phone"] = contact.Phone,
            ["tel"] = contact.TelUri,
            ["photo"] = contact.Photo is { } photo ? site.Urls.AssetHref(photo, UrlScheme.Home) : null,
            ["vcard_url"] = site.Urls.AssetHref("/" + UrlScheme.ContactCard(contact.Id), UrlScheme.Home),
        })));
}
