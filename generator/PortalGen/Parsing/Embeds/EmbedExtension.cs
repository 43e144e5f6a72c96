using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Parsers;
using Markdig.Renderers;

namespace PortalGen.Parsing.Embeds;

/// <summary>
/// Embeds written as fenced containers, <c>::: video URL "Title"</c> ... <c>:::</c>: Markdig's own block parser for
/// custom containers, without its inline <c>::text::</c> syntax, which would change what existing bodies mean.
/// </summary>
/// <remarks>
/// A fence rather than an image-like inline (<c>![video](URL)</c>) because an embed holds Markdown of its own (a
/// caption, a quote's text, a poster image), and a fence reads as a box in plain text, as it becomes on the page.
/// </remarks>
internal sealed class EmbedExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CustomContainerParser>())
        {
            pipeline.BlockParsers.InsertBefore<FencedCodeBlockParser>(new CustomContainerParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<EmbedRenderer>())
        {
            html.ObjectRenderers.Add(new EmbedRenderer());
        }
    }
}
