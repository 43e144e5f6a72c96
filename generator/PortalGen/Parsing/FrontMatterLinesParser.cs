using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace PortalGen.Parsing;

/// <summary>
/// Takes a content file's front matter lines, both fences included, out of what Markdig reads, so Markdig parses the
/// file's own text rather than a copy of its body (some 8 KB per release). The splitter has already found where
/// the front matter ends; the number of lines comes with each parse, so the one shared pipeline serves every file.
/// Markdig's lines then count from the file's first line, as diagnostics do.
/// </summary>
internal sealed class FrontMatterLinesParser : BlockParser, IMarkdownExtension
{
    private static readonly object LineCountKey = new();

    public FrontMatterLinesParser() => OpeningCharacters = ['-', '+'];

    /// <param name="lines">Lines before the body: the opening fence, the front matter and the closing fence.</param>
    public static MarkdownParserContext Skipping(int lines) => new() { Properties = { [LineCountKey] = lines } };

    /// <summary>
    /// First of all block parsers: the grid and pipe table parsers, which extensions put at the front, would
    /// otherwise take a '+++' or '---' fence for a table.
    /// </summary>
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.BlockParsers.Insert(0, this);

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        // The block is never rendered: it leaves the document when it closes.
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.LineIndex != 0 || processor.Context?.Properties.ContainsKey(LineCountKey) != true)
        {
            return BlockState.None;
        }

        // Markdig has no block of its own for TOML; the block never reaches the document (see Close), whatever its type.
        // It keeps no lines, but Markdig releases a closed block's line array, so it needs one.
        processor.NewBlocks.Push(new YamlFrontMatterBlock(this) { Lines = new StringLineGroup(1) });
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block) =>
        processor.LineIndex + 1 < (int)processor.Context!.Properties[LineCountKey] ? BlockState.ContinueDiscard : BlockState.BreakDiscard;

    /// <returns>False: the block is taken out of the document, which then holds only the body.</returns>
    public override bool Close(BlockProcessor processor, Block block) => false;
}
