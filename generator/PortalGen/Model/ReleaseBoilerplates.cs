using System.Text;

namespace PortalGen.Model;

/// <summary>
/// A release's partner boilerplates as the feeds carry them after its body: the same heading and text the page
/// shows (partials/boilerplates.html), so a reader of the feed gets the release as the page has it.
/// </summary>
internal static class ReleaseBoilerplates
{
    public static string HeadingOf(Partner partner, UiTexts texts) => texts.Format("about_partner", ("name", partner.Name));

    /// <summary>The release's body followed by its boilerplates, each under its heading; the body alone when it shows none.</summary>
    public static string AppendTo(Release release, UiTexts texts)
    {
        var partners = release.BoilerplatePartners.ToList();
        if (partners.Count == 0)
        {
            return release.ContentHtml;
        }

        var html = new StringBuilder(release.ContentHtml);
        foreach (var partner in partners)
        {
            html.Append("<h2>").Append(HtmlText.Escape(HeadingOf(partner, texts))).Append("</h2>\n").Append(partner.Boilerplate);
        }

        return html.ToString();
    }
}
