using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PortalGen.Parsing;

/// <summary>
/// Heading ids as GitHub makes them (Markdig's <c>UseAutoIdentifiers(AutoIdentifierOptions.GitHub)</c>, same ids):
/// the heading's text made into a URL fragment, "section" when it has none, and -1, -2 ... after a repeat.
/// </summary>
/// <remarks>
/// Markdig's own extension tries -1, -2 ... from 1 again for every repeat, so n identical headings take n²/2 tries:
/// 40,000 of them took 78 s. Here each id remembers the next number to try, so a repeat costs one try (or a few,
/// when a heading's own text is "a-1").
/// </remarks>
internal sealed class HeadingIdExtension : IMarkdownExtension
{
    private static readonly object NextNumbersKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        // Setext headings (text underlined with === or ---) begin as paragraphs.
        foreach (var parser in new BlockParser?[] { pipeline.BlockParsers.Find<HeadingBlockParser>(), pipeline.BlockParsers.FindExact<ParagraphBlockParser>() })
        {
            if (parser is not null)
            {
                parser.Closed -= OnClosed;
                parser.Closed += OnClosed;
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            // The id is made from the heading's inlines, which are parsed after the blocks.
            heading.ProcessInlinesEnd += OnInlinesParsed;
        }
    }

    private static void OnInlinesParsed(InlineProcessor processor, Inline? inline)
    {
        if (processor.Block is not HeadingBlock { Inline: { } inlines } heading)
        {
            return;
        }

        var attributes = heading.GetAttributes();
        if (attributes.Id is not null)
        {
            return;
        }

        var document = processor.Document;
        if (document.GetData(NextNumbersKey) is not Dictionary<string, int> nextNumbers)
        {
            nextNumbers = new Dictionary<string, int>(StringComparer.Ordinal);
            document.SetData(NextNumbersKey, nextNumbers);
        }

        var text = LinkHelper.UrilizeAsGfm(PlainText(inlines));
        var id = text.Length == 0 ? "section" : text;
        if (nextNumbers.TryAdd(id, 1))
        {
            attributes.Id = id;
            return;
        }

        // Numbered as Markdig numbers them: the first free id-N, N from 1; an id-N taken by a heading's own text is skipped.
        var number = nextNumbers[id];
        var numbered = $"{id}-{number}";
        while (!nextNumbers.TryAdd(numbered, 1))
        {
            numbered = $"{id}-{++number}";
        }

        nextNumbers[id] = number + 1;
        attributes.Id = numbered;
    }

    /// <summary>The heading's text without markup (links keep their text), as Markdig's extension reads it.</summary>
    private static string PlainText(ContainerInline inlines)
    {
        var renderer = ThreadRenderer.InlineText();
        renderer.Render(inlines);
        return renderer.Text.ToString();
    }
}
