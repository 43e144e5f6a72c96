using Markdig.Syntax.Inlines;
using PortalGen.Model;

namespace PortalGen.Parsing;

/// <summary>
/// Editors write links to the site's own pages from its root ("/about/", "/feed.xml"); a site served below a
/// sub-path (/portal/) needs them to carry that path, as every link the templates make does.
/// </summary>
internal static class RootLinkRebaser
{
    public static void Rebase(LinkInline link, UrlScheme urls)
    {
        // "//host/x" is a link to another host, not to the site root.
        if (link.Url is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
        {
            link.Url = urls.Href(url[1..]);
        }
    }
}
