using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PortalGen.Artifacts;

/// <summary>
/// The readable text of rendered HTML, for the search index: entities decoded, block elements kept apart
/// by a space (so a heading does not run into the next paragraph), footnote back-links and scripts left out.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template" };

    /// <summary>The text, whitespace collapsed, cut at a word boundary to at most <paramref name="maxLength"/> characters.</summary>
    public static string Of(string html, int maxLength)
    {
        var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        Append(document.Body!, text);
        var collapsed = string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return Cut(collapsed, maxLength);
    }

    private static void Append(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText textNode:
                    text.Append(textNode.Data);
                    break;
                case IElement element when Skipped.Contains(element.LocalName) || element.ClassList.Contains("footnote-back-ref"):
                    break;
                case IElement element when Blocks.Contains(element.LocalName):
                    text.Append(' ');
                    Append(element, text);
                    text.Append(' ');
                    break;
                case IElement element:
                    Append(element, text);
                    break;
            }
        }
    }

    private static string Cut(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength);
        return text[..(cut > 0 ? cut : maxLength)];
    }
}
