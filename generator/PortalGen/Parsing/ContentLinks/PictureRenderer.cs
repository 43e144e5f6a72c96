using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace PortalGen.Parsing.ContentLinks;

/// <summary>
/// Writes a body image that has variants as a <c>picture</c>: a WebP <c>source</c> first, then Markdig's own
/// <c>img</c> (with the fallback srcset) inside. Every other link and image renders as Markdig renders it.
/// </summary>
internal sealed class PictureRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!link.IsImage || !renderer.EnableHtmlForInline || link.GetData(typeof(PictureSources)) is not PictureSources sources)
        {
            base.Write(renderer, link);
            return;
        }

        renderer.Write("<picture><source type=\"image/webp\" srcset=\"").WriteEscape(sources.Srcset)
            .Write("\" sizes=\"").WriteEscape(sources.Sizes).Write("\">");
        base.Write(renderer, link);
        renderer.Write("</picture>");
    }
}

/// <summary>Puts <see cref="PictureRenderer"/> in place of Markdig's link renderer.</summary>
internal sealed class PictureExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<LinkInlineRenderer>(new PictureRenderer());
        }
    }
}
