using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PortalGen.Diagnostics;

namespace PortalGen.Parsing;

/// <summary>
/// Leaves raw HTML out of a Markdown body, as Hugo's safe default does, and warns where it was:
/// a press release from a partner office must not bring scripts or broken markup into the portal.
/// </summary>
internal static class RawHtmlRemover
{
    /// <summary>Warns about an HTML block (unless it is a comment); the caller takes it out of its container.</summary>
    public static void Report(HtmlBlock block, string displayPath, DiagnosticBag diagnostics)
    {
        if (block.Type != HtmlBlockType.Comment)
        {
            Warn(block, displayPath, diagnostics);
        }
    }

    /// <summary>Warns about raw HTML inline (unless it is a comment) and takes it out.</summary>
    public static void Remove(HtmlInline inline, string displayPath, DiagnosticBag diagnostics)
    {
        if (!inline.Tag.StartsWith("<!--", StringComparison.Ordinal))
        {
            Warn(inline, displayPath, diagnostics);
        }

        inline.Remove();
    }

    /// <remarks>Comments are an editor's notes to colleagues: dropped without a warning.</remarks>
    private static void Warn(MarkdownObject node, string displayPath, DiagnosticBag diagnostics) =>
        diagnostics.Warning(
            DiagnosticCodes.RawHtmlOmitted,
            Diagnostics.SourceSpan.FromZeroBased(displayPath, node.Line, node.Column),
            "raw HTML is left out of the page",
            "write it in Markdown, or set 'unsafe_html: true' in site.yml if every author is trusted");
}
