using System.Net;
using System.Text.Json;
using PortalGen.Model;
using PortalGen.Planning;

namespace PortalGen.Editing;

/// <summary>
/// /admin/index.html, the page that loads Decap CMS (pinned, checked by its integrity digest) and points it at the
/// config.yml beside it; and preview.js, which styles the editor's preview with the theme's own stylesheet.
/// </summary>
internal static class AdminPage
{
    public const string Folder = "admin/";

    public static string Html(Site site, EditorSettings editor)
    {
        var integrity = editor.CmsIntegrity is { } digest ? $" integrity=\"{digest}\" crossorigin=\"anonymous\"" : "";
        return $"""
            <!doctype html>
            <html lang="{Attribute(site.Settings.DefaultLanguage)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>{WebUtility.HtmlEncode(site.Settings.Title)}: editor</title>
            <link rel="cms-config-url" type="text/yaml" href="{Attribute(site.Urls.Href(Folder + "config.yml"))}">
            </head>
            <body>
            <script src="{Attribute(editor.CmsUrl)}"{integrity}></script>
            <script src="{Attribute(site.Urls.Href(Folder + "preview.js"))}"></script>
            </body>
            </html>

            """;
    }

    /// <summary>The theme's stylesheet by its fingerprinted name (the plain name is not published).</summary>
    public static string PreviewScript(Site site, ThemeAssets assets) =>
        assets.ByName.TryGetValue(ThemeAssets.SiteStylesheet, out var css)
            ? $"CMS.registerPreviewStyle(\"{JsonEncodedText.Encode(site.Urls.AssetHref("/" + css.OutputPath, UrlScheme.Home))}\");\n"
            : "";

    private static string Attribute(string value) => WebUtility.HtmlEncode(value);
}
