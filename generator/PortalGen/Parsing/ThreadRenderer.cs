using System.Globalization;
using System.Text;
using Markdig;
using Markdig.Renderers;

namespace PortalGen.Parsing;

/// <summary>
/// Markdig's HTML renderer, one per parsing thread and use, kept between bodies: a new one per body (or per heading's
/// id) set up every renderer of the pipeline and learnt again, type by type, which of them writes what, for each of
/// thousands of releases.
/// </summary>
internal sealed class ThreadRenderer : HtmlRenderer
{
    [ThreadStatic]
    private static ThreadRenderer? html;

    [ThreadStatic]
    private static ThreadRenderer? plainText;

    [ThreadStatic]
    private static ThreadRenderer? inlineText;

    private ThreadRenderer(MarkdownPipeline? pipeline, bool tags)
        : base(new StringWriter(CultureInfo.InvariantCulture))
    {
        EnableHtmlForBlock = tags;
        EnableHtmlForInline = tags;
        EnableHtmlEscape = tags;
        pipeline?.Setup(this);
    }

    /// <summary>What the renderer has written since it was handed out; valid until the thread's next call.</summary>
    public StringBuilder Text => ((StringWriter)Writer).GetStringBuilder();

    /// <summary>The thread's HTML renderer for <see cref="MarkdownRenderer.Pipeline"/>, which every body is parsed with.</summary>
    public static ThreadRenderer Html() => Emptied(html ??= new ThreadRenderer(MarkdownRenderer.Pipeline, tags: true));

    /// <summary>The thread's renderer writing no tags for <see cref="MarkdownRenderer.Pipeline"/>, as Markdig's ToPlainText does.</summary>
    public static ThreadRenderer PlainText() => Emptied(plainText ??= new ThreadRenderer(MarkdownRenderer.Pipeline, tags: false));

    /// <summary>
    /// The thread's renderer of inlines' text, links by their text, with no extension's renderer: what Markdig's
    /// heading ids are made from.
    /// </summary>
    public static ThreadRenderer InlineText() => Emptied(inlineText ??= new ThreadRenderer(pipeline: null, tags: false) { EnableHtmlForBlock = true });

    /// <summary>Empties the writer and forgets what the last use left behind, even one whose rendering failed halfway.</summary>
    private static ThreadRenderer Emptied(ThreadRenderer renderer)
    {
        renderer.Reset();
        return renderer;
    }
}
