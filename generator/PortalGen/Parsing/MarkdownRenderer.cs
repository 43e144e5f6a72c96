using System.Buffers;
using System.Text;
using Markdig;
using Markdig.Extensions.SmartyPants;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing.ContentLinks;
using PortalGen.Parsing.Embeds;

namespace PortalGen.Parsing;

/// <summary>
/// The one Markdown pipeline of the generator: CommonMark plus tables, footnotes, figures, auto heading ids
/// and smart typography; code blocks and tables in scroll boxes. A MarkdownPipeline is immutable and thread-safe once built, so it is built once.
/// </summary>
internal static class MarkdownRenderer
{
    /// <summary>Typographic characters rather than entities: smaller pages and the same text in HTML, feeds and search.</summary>
    private static readonly Dictionary<SmartyPantType, string> Typography = new()
    {
        [SmartyPantType.Quote] = "\u2019",
        [SmartyPantType.LeftQuote] = "\u2018",
        [SmartyPantType.RightQuote] = "\u2019",
        [SmartyPantType.DoubleQuote] = "\u201D",
        [SmartyPantType.LeftDoubleQuote] = "\u201C",
        [SmartyPantType.RightDoubleQuote] = "\u201D",
        [SmartyPantType.LeftAngleQuote] = "\u00AB",
        [SmartyPantType.RightAngleQuote] = "\u00BB",
        [SmartyPantType.Ellipsis] = "\u2026",
        [SmartyPantType.Dash2] = "\u2013",
        [SmartyPantType.Dash3] = "\u2014",
    };

    /// <summary>The one pipeline every body is parsed with, and the thread's renderers are set up for.</summary>
    internal static readonly MarkdownPipeline Pipeline = BuildPipeline();

    [ThreadStatic]
    private static StringBuilder? leadForThisThread;

    private static MarkdownPipeline BuildPipeline()
    {
        var smartyPants = new SmartyPantOptions();
        foreach (var (type, text) in Typography)
        {
            smartyPants.Mapping[type] = text;
        }

        return new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .Use<TableAlignmentExtension>() // after the tables: it takes their style attributes off
            .UseFootnotes()
            .UseFigures()
            .Use<HeadingIdExtension>() // GitHub's ids, as UseAutoIdentifiers(AutoIdentifierOptions.GitHub) makes them, in linear time
            .UseSmartyPants(smartyPants)
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseTaskLists()
            .Use<PictureExtension>()
            .Use<EmbedExtension>()
            .Use<ScrollBoxExtension>()
            .Use<FrontMatterLinesParser>() // last, so it comes before the others' parsers
            .Build();
    }

    /// <summary>Markdown that is no file's body (a registry's text), parsed as bodies are.</summary>
    public static MarkdownDocument ParseFragment(string markdown) => Markdown.Parse(markdown, Pipeline);

    /// <summary>A fragment of <see cref="ParseFragment"/>, after its rewrites, as HTML.</summary>
    public static string FragmentHtml(MarkdownDocument fragment) => fragment.ToHtml(Pipeline);

    /// <param name="file">The whole file; its body is read where it stands, after its front matter.</param>
    /// <param name="bodyLineOffset">Lines before the body in its file: the front matter with its fences.</param>
    /// <param name="allowRawHtml">Raw HTML is left out with a warning unless the site opts in, as Hugo does by default.</param>
    /// <param name="withLeadText">
    /// False when the front matter has a summary of its own: summaries fall back to the lead paragraph only when it
    /// has none (<see cref="Modeling.SiteBuilder.Summarize"/>), so its text is not made and kept for nothing.
    /// </param>
    /// <param name="urls">Links from the site root ("/about/") are made to carry the base URL's path.</param>
    /// <param name="content">What exists in the content folder, for links to other releases and to files beside this one.</param>
    /// <param name="images">How photos in the body become variants.</param>
    /// <returns>The rendered body, or null with a diagnostic when Markdig refuses it.</returns>
    public static RenderedMarkdown? Render(SourceFile file, int bodyLineOffset, bool allowRawHtml, bool withLeadText, UrlScheme urls, ContentIndex content, ImageSettings images, DiagnosticBag diagnostics)
    {
        try
        {
            return RenderChecked(file, bodyLineOffset, allowRawHtml, withLeadText, urls, content, images, diagnostics);
        }
        catch (ArgumentException e) when (LibraryFaults.IsMarkdigDepthLimit(e))
        {
            diagnostics.Error(
                DiagnosticCodes.MarkdownTooDeep,
                new Diagnostics.SourceSpan(file.DisplayPath, bodyLineOffset + 1, 1),
                "the body nests quotes, lists or emphasis too deeply to be rendered",
                "a press release needs a few levels at most: look for a long run of '>', '-' or '*'");
            return null;
        }
    }

    private static RenderedMarkdown? RenderChecked(SourceFile file, int bodyLineOffset, bool allowRawHtml, bool withLeadText, UrlScheme urls, ContentIndex content, ImageSettings images, DiagnosticBag diagnostics)
    {
        if (LinkScanBudget.FirstLineOver(file.Text) is { } line)
        {
            diagnostics.Error(
                DiagnosticCodes.MarkdownTooCostly,
                new Diagnostics.SourceSpan(file.DisplayPath, line, 1),
                "this paragraph holds so many '[' that reading its links would take minutes",
                "a press release needs a few links per paragraph: look for a pasted run of brackets, or split the paragraph with blank lines");
            return null;
        }

        var document = Markdown.Parse(file.Text, Pipeline, FrontMatterLinesParser.Skipping(bodyLineOffset));

        var links = BodyRewriter.Rewrite(document, file, allowRawHtml, urls, content, images, diagnostics);
        var lead = withLeadText ? LeadParagraph.Of(document) : null;
        var (html, leadHtml) = ToHtml(document, lead);
        return new RenderedMarkdown(html, lead is null ? "" : LeadText(lead), SearchText(document))
        {
            LeadHtml = leadHtml,
            DeferredLinks = links.Deferred.ToImmutable(),
            Images = links.Images.ToImmutable(),
        };
    }

    /// <returns>The body's HTML, and its start that is the lead paragraph's ("" without one), from one pass over the blocks.</returns>
    private static (string Html, string LeadHtml) ToHtml(MarkdownDocument document, ParagraphBlock? lead)
    {
        var renderer = ThreadRenderer.Html();
        var leadHtml = "";
        foreach (var block in document)
        {
            renderer.Render(block);
            if (ReferenceEquals(block, lead))
            {
                leadHtml = renderer.Text.ToString();
            }
        }

        return (renderer.Text.ToString(), leadHtml);
    }

    /// <summary>
    /// The start of the body's text that the search index keeps, from the same parsed document with Markdig's HTML
    /// renderer writing no tags (as its ToPlainText does): far cheaper than parsing the HTML again, and it runs in
    /// the parallel parse stage. Only that start is made into a string: the whole text of 10,000 bodies was
    /// 75 MB allocated and held until the model was built, for 1,500 characters of each.
    /// </summary>
    private static byte[] SearchText(MarkdownDocument document)
    {
        // One character past the excerpt's length tells whether the text goes on and where its last word ends.
        var limit = SearchExcerpt.BodyTextLength + 1;
        var collapsed = ArrayPool<char>.Shared.Rent(limit);
        var length = CollapseWhitespace(PlainText(document), collapsed.AsSpan(0, limit));
        var text = Encoding.UTF8.GetBytes(collapsed, 0, SearchExcerpt.Length(collapsed.AsSpan(0, length)));
        ArrayPool<char>.Shared.Return(collapsed);
        return text;
    }

    /// <returns>The document's text as Markdig writes it, whitespace as it comes; valid until the thread's next call.</returns>
    private static StringBuilder PlainText(MarkdownDocument document)
    {
        var renderer = ThreadRenderer.PlainText();
        renderer.Render(document);
        return renderer.Text;
    }

    /// <summary>
    /// Runs of whitespace (as char.IsWhiteSpace sees it) become one space, none at either end: what splitting on
    /// whitespace and joining with spaces gives, in one pass instead of an array of every word of the body.
    /// </summary>
    /// <returns>How many characters were written: the collapsed text's start, until <paramref name="collapsed"/> is full.</returns>
    private static int CollapseWhitespace(StringBuilder text, Span<char> collapsed)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var chunk in text.GetChunks())
        {
            foreach (var c in chunk.Span)
            {
                if (char.IsWhiteSpace(c))
                {
                    pendingSpace = length > 0;
                    continue;
                }

                if (pendingSpace && length < collapsed.Length)
                {
                    collapsed[length++] = ' ';
                    pendingSpace = false;
                }

                if (length == collapsed.Length)
                {
                    return length;
                }

                collapsed[length++] = c;
            }
        }

        return length;
    }

    private static string LeadText(ParagraphBlock lead)
    {
        if (lead.Inline is null)
        {
            return "";
        }

        // One builder per thread, kept between bodies: a new one grew through five arrays for each lead paragraph.
        var text = leadForThisThread ??= new StringBuilder();
        text.Clear();
        AppendText(lead.Inline, text);
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text.ToString(start, end - start);
    }

    private static void AppendText(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case SmartyPant pant:
                    text.Append(Typography.GetValueOrDefault(pant.Type, ""));
                    break;
                case ContainerInline child:
                    AppendText(child, text);
                    break;
            }
        }
    }
}
