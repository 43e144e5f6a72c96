namespace PortalGen.Parsing.Embeds;

/// <summary>
/// An embed's opening line as written, <c>::: kind argument</c>, read from the file's text rather than Markdig's
/// info string, which unescapes it and forgets where each part stood.
/// </summary>
/// <param name="Kind">The word after the colons (video, quote), as written.</param>
/// <param name="KindIndex">Where the kind stands in the file's text (the colons' end when there is none).</param>
/// <param name="Argument">The rest of the line, trimmed.</param>
/// <param name="ArgumentIndex">Where the argument stands in the file's text (the kind's end when there is none).</param>
internal sealed record EmbedHeader(string Kind, int KindIndex, string Argument, int ArgumentIndex)
{
    /// <param name="fenceIndex">The first colon of the opening fence.</param>
    public static EmbedHeader Read(string text, int fenceIndex)
    {
        var end = text.IndexOf('\n', fenceIndex);
        end = end < 0 ? text.Length : end;
        var index = fenceIndex;
        while (index < end && text[index] == ':')
        {
            index++;
        }

        var kindIndex = SkipSpaces(text, index, end);
        var kindEnd = kindIndex;
        while (kindEnd < end && !char.IsWhiteSpace(text[kindEnd]))
        {
            kindEnd++;
        }

        var argumentIndex = SkipSpaces(text, kindEnd, end);
        return new EmbedHeader(text[kindIndex..kindEnd], kindIndex, text[argumentIndex..end].TrimEnd(), argumentIndex);
    }

    /// <summary>The argument's first word (a link or file) and the rest, without the quotes around it (a title).</summary>
    public (string Target, string Title) SplitArgument()
    {
        var space = Argument.IndexOfAny([' ', '\t']);
        if (space < 0)
        {
            return (Argument, "");
        }

        var rest = Argument[space..].Trim();
        return (Argument[..space], rest.Length >= 2 && IsQuote(rest[0]) && IsQuote(rest[^1]) ? rest[1..^1].Trim() : rest);
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E';

    private static int SkipSpaces(string text, int index, int end)
    {
        while (index < end && char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }
}
