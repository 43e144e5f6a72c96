using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PortalGen.Parsing;

/// <summary>Puts code blocks and tables in scroll boxes (<see cref="ScrollBoxRenderer{TBlock}"/>); after the table extensions, whose renderer it wraps.</summary>
internal sealed class ScrollBoxExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        Wrap<CodeBlockRenderer, CodeBlock>(html);
        Wrap<HtmlTableRenderer, Table>(html);
    }

    private static void Wrap<TRenderer, TBlock>(HtmlRenderer html)
        where TRenderer : class, IMarkdownObjectRenderer
        where TBlock : Block
    {
        if (html.ObjectRenderers.Find<TRenderer>() is { } original)
        {
            html.ObjectRenderers.Replace<TRenderer>(new ScrollBoxRenderer<TBlock>(original));
        }
    }
}
