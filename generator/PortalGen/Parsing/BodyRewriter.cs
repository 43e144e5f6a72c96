using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing.ContentLinks;
using PortalGen.Parsing.Embeds;

namespace PortalGen.Parsing;

/// <summary>
/// Everything done to a parsed body before it is rendered, in one walk over its blocks and inlines: unsafe links
/// out, links to content files deferred, links from the site root rebased, raw HTML out. One walk because
/// Markdig's Descendants() allocates an iterator and a stack per call, and a pass per rewrite read every
/// inline of every release four times.
/// </summary>
internal sealed class BodyRewriter
{
    private readonly SourceFile file;
    private readonly bool allowRawHtml;
    private readonly UrlScheme urls;
    private readonly ContentIndex content;
    private readonly DiagnosticBag diagnostics;
    private readonly BodyLinks links;

    private BodyRewriter(SourceFile file, bool allowRawHtml, UrlScheme urls, ContentIndex content, ImageSettings images, DiagnosticBag diagnostics)
    {
        links = new BodyLinks(images);
        this.file = file;
        this.allowRawHtml = allowRawHtml;
        this.urls = urls;
        this.content = content;
        this.diagnostics = diagnostics;
    }

    /// <returns>The links whose URLs the rewritten body holds as placeholders, and the photos it shows as variants.</returns>
    public static BodyLinks Rewrite(MarkdownDocument document, SourceFile file, bool allowRawHtml, UrlScheme urls, ContentIndex content, ImageSettings images, DiagnosticBag diagnostics)
    {
        var rewriter = new BodyRewriter(file, allowRawHtml, urls, content, images, diagnostics);
        rewriter.WalkBlocks(document);
        return rewriter.links;
    }

    private void WalkBlocks(ContainerBlock container)
    {
        for (var i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case HtmlBlock html when !allowRawHtml:
                    RawHtmlRemover.Report(html, file.DisplayPath, diagnostics);
                    container.RemoveAt(i--);
                    break;
                case CustomContainer embed:
                    WalkBlocks(embed);
                    EmbedPreparer.Prepare(embed, file, urls, content, links, diagnostics);
                    break;
                case ContainerBlock child:
                    WalkBlocks(child);
                    break;
                case LeafBlock { Inline: { } inlines }:
                    WalkInlines(inlines);
                    break;
            }
        }
    }

    private void WalkInlines(ContainerInline container)
    {
        var inline = container.FirstChild;
        while (inline is not null)
        {
            // Each rewrite needs the link as the one before left it: an unsafe link's text takes its place (and is
            // walked next, it may hold an image); a content link becomes a placeholder, which the rebaser leaves.
            if (ScriptLinkRemover.IsUnsafe(inline))
            {
                var previous = inline.PreviousSibling;
                ScriptLinkRemover.Remove(inline, file.DisplayPath, diagnostics);
                inline = previous is null ? container.FirstChild : previous.NextSibling;
                continue;
            }

            var next = inline.NextSibling;
            switch (inline)
            {
                case HtmlInline html when !allowRawHtml:
                    RawHtmlRemover.Remove(html, file.DisplayPath, diagnostics);
                    break;
                case LinkInline link:
                    ContentLinkRewriter.Rewrite(link, file, content, links, diagnostics);
                    RootLinkRebaser.Rebase(link, urls);
                    WalkInlines(link);
                    break;
                case ContainerInline child:
                    WalkInlines(child);
                    break;
            }

            inline = next;
        }
    }
}
