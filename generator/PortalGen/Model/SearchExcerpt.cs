namespace PortalGen.Model;

/// <summary>
/// How much of a release's text the search index keeps. Parsing cuts the text to it, so the model holds no more
/// than the index writes.
/// </summary>
internal static class SearchExcerpt
{
    /// <summary>Enough of the body to find a release by what it is about, while 1,000 releases stay a modest download.</summary>
    public const int BodyTextLength = 1500;

    /// <summary>
    /// How long the excerpt of a text is: its first <see cref="BodyTextLength"/> characters, cut at a word. The text
    /// need go no further than one character past <see cref="BodyTextLength"/>.
    /// </summary>
    public static int Length(ReadOnlySpan<char> text)
    {
        if (text.Length <= BodyTextLength)
        {
            return text.Length;
        }

        var cut = text[..(BodyTextLength + 1)].LastIndexOf(' ');
        return cut > 0 ? cut : BodyTextLength;
    }
}
