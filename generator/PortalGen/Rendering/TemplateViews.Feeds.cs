using PortalGen.Model;
using Scriban.Runtime;
using static PortalGen.Rendering.ReadOnlyViews;

namespace PortalGen.Rendering;

/// <summary>The feeds of the site, a partner or a topic, in the formats the site chose (site.yml's <c>feeds:</c>).</summary>
internal sealed partial class TemplateViews
{
    /// <summary>One entry per format (type, name, url), for the head's <c>link rel="alternate"</c>s.</summary>
    private ScriptArray FeedLinks(string listPath) => FreezeArray(site.Settings.FeedFormats.Select(format => (object?)Freeze(new ScriptObject
    {
        ["type"] = format.MediaType(),
        ["name"] = format.DisplayName(),
        ["url"] = site.Urls.Href(UrlScheme.FeedOf(listPath, format)),
    })));

    /// <summary>The feed the footer and the search page link: the first format the site chose (Atom unless it left Atom out).</summary>
    private string MainFeedUrl(string listPath) => site.Urls.Href(UrlScheme.FeedOf(listPath, site.Settings.FeedFormats[0]));
}
