using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PortalGen.Parsing;

/// <summary>
/// A table column's alignment as a class (align-left, align-center, align-right) that the theme's stylesheet styles,
/// and no column widths: Markdig writes both as style attributes, which a strict Content-Security-Policy
/// (style-src 'self', no 'unsafe-inline') refuses, so the alignment was lost on the published site.
/// </summary>
internal sealed class TableAlignmentExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= MoveToClasses;
        pipeline.DocumentProcessed += MoveToClasses;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void MoveToClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            foreach (var row in table.OfType<TableRow>())
            {
                foreach (var cell in row.OfType<TableCell>())
                {
                    var column = cell.ColumnIndex < 0 ? row.IndexOf(cell) : cell.ColumnIndex;
                    if (column < table.ColumnDefinitions.Count && table.ColumnDefinitions[column].Alignment is { } alignment)
                    {
                        cell.GetAttributes().AddClass("align-" + alignment.ToString().ToLowerInvariant());
                    }
                }
            }

            foreach (var definition in table.ColumnDefinitions)
            {
                definition.Alignment = null;
                definition.Width = 0;
            }
        }
    }
}
