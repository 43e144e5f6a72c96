using PortalGen.Model;
using Scriban.Runtime;
using static PortalGen.Rendering.ReadOnlyViews;

namespace PortalGen.Rendering;

/// <summary>The views of a release's boilerplates: each partner's "About NAME" text, in this edition's language.</summary>
internal sealed partial class TemplateViews
{
    private ScriptArray BoilerplateViews(Release release) =>
        FreezeArray(release.BoilerplatePartners.Select(partner => Freeze(new ScriptObject
        {
            ["id"] = partner.Id,
            ["name"] = partner.Name,
            ["heading"] = ReleaseBoilerplates.HeadingOf(partner, texts),
            ["html"] = partner.Boilerplate,
        })));
}
