namespace PortalGen.Parsing;

/// <summary>
/// Refuses, before Markdig reads it, a body whose links Markdig would take minutes to read. For every '[' of a
/// paragraph Markdig may search the rest of the paragraph for the link's end, so an unclosed <c>[a](b</c> repeated
/// 60,000 times on one line took 23 s, and 50,000 link reference definitions in one paragraph 7 s: the work grows
/// with the brackets of a paragraph times its length. Their sum over the paragraphs is held to a budget that Markdig
/// reads in well under a second, and that a real release (a few links in each of its paragraphs) is nowhere near.
/// </summary>
/// <remarks>
/// A paragraph here is a run of lines between blank lines, fenced code left out (Markdig reads no links there). It
/// is an estimate made in one pass over the text, never less than Markdig's own paragraphs would give.
/// </remarks>
internal static class LinkScanBudget
{
    /// <summary>Brackets times characters, summed over the paragraphs: 10,000 '[' in a 50 KB paragraph take Markdig about a second.</summary>
    public const long Budget = 200_000_000;

    /// <returns>The 1-based line of the paragraph that exhausts the budget, or null when the text is within it.</returns>
    public static int? FirstLineOver(string text)
    {
        long spent = 0;
        long brackets = 0, characters = 0;
        var paragraphLine = 0;
        var line = 0;
        var fence = "";
        var whole = text.AsSpan();
        foreach (var range in whole.Split('\n'))
        {
            var content = whole[range];
            line++;
            var trimmed = content.TrimStart(' ');
            if (fence.Length > 0)
            {
                if (trimmed.StartsWith(fence, StringComparison.Ordinal))
                {
                    fence = "";
                }

                continue;
            }

            if (content.Length - trimmed.Length < 4 && (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal)))
            {
                fence = trimmed[..3].ToString();
                continue;
            }

            if (content.IsWhiteSpace())
            {
                (brackets, characters) = (0, 0);
                continue;
            }

            if (brackets == 0 && characters == 0)
            {
                paragraphLine = line;
            }

            // What this line adds to its paragraph's cost: its brackets over the whole paragraph, the paragraph's
            // brackets over its characters. Summed, each paragraph costs its brackets times its length.
            var lineBrackets = content.Count('[');
            spent += (lineBrackets * (characters + content.Length + 1)) + (brackets * (content.Length + 1));
            brackets += lineBrackets;
            characters += content.Length + 1;
            if (spent > Budget)
            {
                return paragraphLine;
            }
        }

        return null;
    }
}
