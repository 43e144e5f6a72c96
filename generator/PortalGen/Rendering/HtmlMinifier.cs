using NUglify;
using NUglify.Html;

namespace PortalGen.Rendering;

/// <summary>
/// A page's HTML with runs of whitespace collapsed and comments removed (site.yml: <c>deploy.minify_html</c>), by
/// NUglify with its riskier rewrites off: tags, quotes, entities and attributes stay as the templates wrote them, so
/// the page a reader sees (its text, links and JSON-LD) is the same. A page NUglify cannot read is kept as it is.
/// </summary>
internal static class HtmlMinifier
{
    private static readonly HtmlSettings Settings = new()
    {
        RemoveOptionalTags = false,
        RemoveAttributeQuotes = false,
        RemoveEmptyAttributes = false,
        RemoveInvalidClosingTags = false,
        RemoveScriptStyleTypeAttribute = false,
        DecodeEntityCharacters = false,
        ShortBooleanAttribute = false,
        KeepOneSpaceWhenCollapsing = true,
        // The JSON-LD blocks are data, not scripts: minified as JavaScript they would no longer be JSON.
        MinifyJs = false,
        MinifyJsAttributes = false,
        MinifyCss = false,
        MinifyCssAttributes = false,
    };

    public static string Minify(ReadOnlySpan<char> html)
    {
        var text = html.ToString();
        try
        {
            var result = Uglify.Html(text, Settings);
            return result.HasErrors ? text : result.Code;
        }
        catch (Exception e) when (Planning.AssetMinifier.IsNUglifyFault(e))
        {
            return text;
        }
    }
}
