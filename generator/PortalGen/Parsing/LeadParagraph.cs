using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PortalGen.Parsing;

/// <summary>
/// The paragraph that stands in for a missing summary: the body's first block, when it is a paragraph with words of
/// its own. A paragraph further down (after a heading, a list of downloads, a table, a photo) is no lead, so
/// its text would make a card's summary out of context.
/// </summary>
internal static class LeadParagraph
{
    public static ParagraphBlock? Of(MarkdownDocument document)
    {
        // Link reference definitions may stand anywhere and render nothing, so they come before no block.
        var first = document.FirstOrDefault(block => block is not LinkReferenceDefinitionGroup);
        return first is ParagraphBlock { Inline: { } inlines } paragraph && HasWords(inlines) ? paragraph : null;
    }

    /// <summary>What a lead's HTML (<see cref="RenderedMarkdown.LeadHtml"/>) holds inside Markdig's &lt;p&gt; and &lt;/p&gt;, for a template's own paragraph.</summary>
    public static string InnerHtml(string leadHtml) =>
        leadHtml.Length == 0 ? "" : leadHtml["<p>".Length..leadHtml.LastIndexOf("</p>", StringComparison.Ordinal)];

    /// <summary>Text outside images: a photo alone (or a linked one) is a figure, its alt text no lead.</summary>
    private static bool HasWords(ContainerInline container)
    {
        foreach (var inline in container)
        {
            var words = inline switch
            {
                LinkInline { IsImage: true } => false,
                LiteralInline literal => !literal.Content.IsEmptyOrWhitespace(),
                CodeInline or HtmlEntityInline or AutolinkInline => true,
                ContainerInline child => HasWords(child),
                _ => false,
            };
            if (words)
            {
                return true;
            }
        }

        return false;
    }
}
