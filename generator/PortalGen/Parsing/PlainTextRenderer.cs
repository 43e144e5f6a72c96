using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;

namespace PortalGen.Parsing;

/// <summary>
/// Markdig's HTML renderer writing no tags, as its ToPlainText does, one per parsing thread and kept between
/// bodies: a new one per body set up every renderer of the pipeline and learnt again, type by type, which of
/// them writes what, for each of thousands of releases.
/// </summary>
internal sealed class PlainTextRenderer : HtmlRenderer
{
    [ThreadStatic]
    private static PlainTextRenderer? forThisThread;

    private PlainTextRenderer(MarkdownPipeline pipeline)
        : base(new StringWriter(CultureInfo.InvariantCulture))
    {
        EnableHtmlForBlock = false;
        EnableHtmlForInline = false;
        EnableHtmlEscape = false;
        pipeline.Setup(this);
    }

    /// <param name="pipeline">The one pipeline the document was parsed with; the thread's renderer is set up for it once.</param>
    /// <returns>The document's text as Markdig writes it, whitespace as it comes; valid until the thread's next call.</returns>
    public static StringBuilder Write(MarkdownDocument document, MarkdownPipeline pipeline)
    {
        var renderer = forThisThread ??= new PlainTextRenderer(pipeline);

        // Empties the writer and forgets what a body left behind, even one whose rendering failed halfway.
        renderer.Reset();
        renderer.Render(document);
        return ((StringWriter)renderer.Writer).GetStringBuilder();
    }
}
