using PortalGen.Model;
using Scriban.Runtime;
using static PortalGen.Rendering.ReadOnlyViews;

namespace PortalGen.Rendering;

/// <summary>The view of what a release about research cites: its paper and its funding.</summary>
internal sealed partial class TemplateViews
{
    /// <summary>Null for a release that cites nothing, so a template tests <c>page.research</c> alone.</summary>
    private ScriptObject? ResearchView(Release release)
    {
        var research = release.Research;
        if (!research.HasCitation && research.Funding.IsEmpty)
        {
            return null;
        }

        return Freeze(new ScriptObject
        {
            ["doi"] = research.Doi,
            ["doi_url"] = research.DoiUrl,
            ["publication"] = research.Publication is { } paper
                ? Freeze(new ScriptObject { ["title"] = paper.Title, ["journal"] = paper.Journal, ["date"] = paper.Date })
                : null,
            ["funding"] = FreezeArray(research.Funding.Select(grant => Freeze(new ScriptObject
            {
                ["name"] = FunderIn(grant.Funder).Name,
                ["url"] = grant.Funder.Website,
                ["grant"] = grant.Number,
            }))),
        });
    }

    /// <summary>The funder as this edition names it: a release listed as a fallback holds the default language's.</summary>
    private Funder FunderIn(Funder funder) => site.Funders.FirstOrDefault(f => string.Equals(f.Id, funder.Id, StringComparison.Ordinal)) ?? funder;
}
