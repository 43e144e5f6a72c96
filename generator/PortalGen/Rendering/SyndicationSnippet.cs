using System.Text;
using PortalGen.Model;

namespace PortalGen.Rendering;

/// <summary>
/// The HTML a member institution pastes into its own site to list a partner's latest releases: plain links with
/// absolute URLs and dates, no script and no styles of ours, so it fits any page and loads nothing from this site.
/// </summary>
internal static class SyndicationSnippet
{
    public static string Of(Site site, Partner partner)
    {
        var html = new StringBuilder();
        html.Append("<ul class=\"latest-releases\">\n");
        foreach (var release in LatestReleases.Of(site, partner))
        {
            html.Append("  <li><a href=\"").Append(HtmlTemplateFunctions.Escape(site.UrlsOf(release).Permalink(release.Path))).Append("\">")
                .Append(HtmlTemplateFunctions.Escape(release.Title)).Append("</a> <time datetime=\"")
                .Append(DateTexts.Iso(release.Date, release.HasTime)).Append("\">")
                .Append(HtmlTemplateFunctions.Escape(DateTexts.LongDate(release.Date, site.Settings.Language))).Append("</time></li>\n");
        }

        return html.Append("</ul>\n").ToString();
    }
}
