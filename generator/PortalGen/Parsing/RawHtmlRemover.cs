using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PortalGen.Diagnostics;

namespace PortalGen.Parsing;

/// <summary>
/// Leaves raw HTML out of a Markdown body, as Hugo's safe default does, and warns where it was:
/// a press release from a partner office must not bring scripts or broken markup into the portal.
/// </summary>
public static class RawHtmlRemover
{
    public static void Remove(MarkdownDocument document, string displayPath, int bodyLineOffset, DiagnosticBag diagnostics)
    {
        var found = document.Descendants<HtmlBlock>().Cast<MarkdownObject>()
            .Concat(document.Descendants<HtmlInline>())
            .ToList();
        foreach (var node in found)
        {
            if (!IsComment(node))
            {
                diagnostics.Warning(
                    DiagnosticCodes.RawHtmlOmitted,
                    Diagnostics.SourceSpan.FromZeroBased(displayPath, node.Line, node.Column, bodyLineOffset),
                    "raw HTML is left out of the page",
                    "write it in Markdown, or set 'unsafe_html: true' in site.yml if every author is trusted");
            }

            switch (node)
            {
                case HtmlBlock block:
                    block.Parent?.Remove(block);
                    break;
                case HtmlInline inline:
                    inline.Remove();
                    break;
            }
        }
    }

    /// <summary>Comments are an editor's notes to colleagues: dropped without a warning.</summary>
    private static bool IsComment(MarkdownObject node) => node switch
    {
        HtmlBlock block => block.Type == HtmlBlockType.Comment,
        HtmlInline inline => inline.Tag.StartsWith("<!--", StringComparison.Ordinal),
        _ => false,
    };
}
