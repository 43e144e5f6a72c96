using Scriban.Syntax;

namespace PortalGen.Rendering;

/// <summary>
/// Marks the code blocks of a parsed template that have no indent to carry as having none at all. Scriban gives
/// every <c>{{</c> an indent, the empty string where the text before it on its line is not only whitespace, and
/// while any indent is set, null aside, it writes every text by searching it for line ends, to indent each
/// following line: with the empty indent only to write nothing there. That search was among the largest leaf costs
/// of a page's render. An empty indent and none write the same text and leave the same "last text ended a line"
/// state, so only the blocks that are indented (spaces or tabs alone before <c>{{</c>) keep Scriban's path.
/// </summary>
internal sealed class UnindentedEscapes : ScriptVisitor
{
    private static readonly UnindentedEscapes Instance = new();

    private UnindentedEscapes()
    {
    }

    public static void Mark(ScriptNode? page) => Instance.Visit(page);

    public override void Visit(ScriptEscapeStatement node)
    {
        if (node.Indent is { Length: 0 })
        {
            // Scriban declares the indent non-null, yet reads null as "no indent", as it starts every render.
            node.Indent = null!;
        }
    }
}
