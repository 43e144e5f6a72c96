using System.Buffers;
using System.Text;
using PortalGen.Model;
using PortalGen.Rendering;

namespace PortalGen.Artifacts;

/// <summary>
/// Writes the page at a release's old URL: a minimal valid HTML5 page that sends browsers on at once (meta
/// refresh), tells search engines where the page lives now (canonical) and not to index this one, and shows a
/// link for the rare reader whose browser does not follow the refresh. Written by code, so no theme can break it.
/// </summary>
internal static class RedirectPageWriter
{
    public static void Write(Site site, Release release, IBufferWriter<byte> output)
    {
        var href = HtmlTemplateFunctions.Escape(site.Urls.Href(release.Path));
        var title = HtmlTemplateFunctions.Escape(release.Title);
        Encoding.UTF8.GetBytes(
            $"""
            <!DOCTYPE html>
            <html lang="{HtmlTemplateFunctions.Escape(site.Settings.Language)}">
            <head>
            <meta charset="utf-8">
            <title>{title}</title>
            <meta name="robots" content="noindex">
            <link rel="canonical" href="{HtmlTemplateFunctions.Escape(site.Urls.Permalink(release.Path))}">
            <meta http-equiv="refresh" content="0; url={href}">
            </head>
            <body>
            <p>This page has moved to <a href="{href}">{title}</a>.</p>
            </body>
            </html>

            """, output);
    }
}
