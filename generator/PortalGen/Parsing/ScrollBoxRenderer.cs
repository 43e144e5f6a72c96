using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PortalGen.Parsing;

/// <summary>
/// Writes a block as Markdig's own renderer does, inside <c>&lt;div class="scroll-box" tabindex="0"&gt;</c>: a code
/// line or a table wider than the column scrolls in that box rather than widening the page, and the box takes
/// the keyboard's focus so that a reader without a mouse can scroll it too (axe's scrollable-region-focusable).
/// </summary>
internal sealed class ScrollBoxRenderer<TBlock>(IMarkdownObjectRenderer original) : HtmlObjectRenderer<TBlock>
    where TBlock : Block
{
    protected override void Write(HtmlRenderer renderer, TBlock block)
    {
        if (!renderer.EnableHtmlForBlock)
        {
            original.Write(renderer, block);
            return;
        }

        renderer.EnsureLine();
        renderer.Write("<div class=\"scroll-box\" tabindex=\"0\">");
        original.Write(renderer, block);
        renderer.EnsureLine();
        renderer.WriteLine("</div>");
    }
}
