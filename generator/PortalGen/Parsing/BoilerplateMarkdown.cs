using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PortalGen.Diagnostics;
using PortalGen.Model;
using SourceSpan = PortalGen.Diagnostics.SourceSpan;

namespace PortalGen.Parsing;

/// <summary>
/// A partner's boilerplate (partners.yml) from Markdown to HTML with the bodies' pipeline, made safe for every page
/// that names the partner: raw HTML and links that would run code are left out whatever <c>unsafe_html</c> says (a
/// registry text is no release an editor reviews), and its headings sit below the section's "About NAME".
/// </summary>
/// <remarks>
/// Mistakes are reported at the text's start in partners.yml: a YAML scalar's lines (folded, indented, quoted) are not
/// the Markdown's, so a position inside it would point at the wrong character.
/// </remarks>
internal static class BoilerplateMarkdown
{
    /// <summary>The page's level of the "About NAME" heading a boilerplate stands under.</summary>
    private const int SectionHeadingLevel = 2;

    public static string? ToHtml(string markdown, SourceSpan at, UrlScheme? urls, DiagnosticBag diagnostics)
    {
        try
        {
            var fragment = MarkdownRenderer.ParseFragment(markdown);
            var found = new Found();
            Walk(fragment, urls, found);
            Report(found, at, diagnostics);
            return MarkdownRenderer.FragmentHtml(fragment);
        }
        catch (ArgumentException e) when (LibraryFaults.IsMarkdigDepthLimit(e))
        {
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep, at, "the boilerplate nests quotes, lists or emphasis too deeply to be rendered", "a boilerplate needs a paragraph or two");
            return null;
        }
    }

    private static void Walk(ContainerBlock container, UrlScheme? urls, Found found)
    {
        for (var i = 0; i < container.Count; i++)
        {
            switch (container[i])
            {
                case HtmlBlock html:
                    found.RawHtml |= html.Type != HtmlBlockType.Comment;
                    container.RemoveAt(i--);
                    break;
                case HeadingBlock heading:
                    // Below the section's heading, and without an id: the release's own headings have theirs.
                    heading.Level = Math.Min(6, heading.Level + SectionHeadingLevel);
                    heading.GetAttributes().Id = null;
                    WalkInlines(heading.Inline, urls, found);
                    break;
                case ContainerBlock child:
                    Walk(child, urls, found);
                    break;
                case LeafBlock leaf:
                    WalkInlines(leaf.Inline, urls, found);
                    break;
            }
        }
    }

    private static void WalkInlines(ContainerInline? container, UrlScheme? urls, Found found)
    {
        var inline = container?.FirstChild;
        while (inline is not null)
        {
            var next = inline.NextSibling;
            if (ScriptLinkRemover.IsUnsafe(inline))
            {
                found.UnsafeLink = true;
                var previous = inline.PreviousSibling;
                ScriptLinkRemover.Unwrap(inline);
                inline = previous is null ? container!.FirstChild : previous.NextSibling;
                continue;
            }

            switch (inline)
            {
                case HtmlInline html:
                    found.RawHtml |= !html.Tag.StartsWith("<!--", StringComparison.Ordinal);
                    html.Remove();
                    break;
                case LinkInline link:
                    if (urls is not null)
                    {
                        RootLinkRebaser.Rebase(link, urls);
                    }

                    WalkInlines(link, urls, found);
                    break;
                case ContainerInline child:
                    WalkInlines(child, urls, found);
                    break;
            }

            inline = next;
        }
    }

    private static void Report(Found found, SourceSpan at, DiagnosticBag diagnostics)
    {
        if (found.RawHtml)
        {
            diagnostics.Warning(DiagnosticCodes.RawHtmlOmitted, at, "raw HTML in the boilerplate is left out of the pages", "write it in Markdown: **bold**, [link](https://example.org/), lists");
        }

        if (found.UnsafeLink)
        {
            diagnostics.Warning(DiagnosticCodes.UnsafeLink, at, "a link in the boilerplate that would run code is left out, only its text is kept", "link to an http or https address, or to a page of the site");
        }
    }

    private sealed class Found
    {
        public bool RawHtml { get; set; }

        public bool UnsafeLink { get; set; }
    }
}
