using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace PortalGen.Imaging;

/// <summary>
/// Cuts text into lines no wider than a measure allows: at spaces in Latin text; between any two characters of
/// Japanese text, except where Japanese line breaking (kinsoku) forbids it, so no line starts with 、。」 or ends with
/// 「; inside a word only when the word alone is wider than a line. Text past the last line allowed is left out and the
/// last line ends in an ellipsis.
/// </summary>
internal static class CardLines
{
    public const string Ellipsis = "…";

    /// <summary>Never at the start of a line: closing brackets and quotes, punctuation, small kana, the prolonged sound mark.</summary>
    private const string NoBreakBefore = ",.!?:;)]}%、。，．・：；？！ー〜～…‥）〕］｝〉》」』】〙〗〟’”ゝゞヽヾ々〻ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ゛゜";

    /// <summary>Never at the end of a line: opening brackets and quotes.</summary>
    private const string NoBreakAfter = "([{（〔［｛〈《「『【〘〖〝‘“";

    /// <summary>What the last line may not end in before its ellipsis.</summary>
    private static readonly char[] TrailingPunctuation = [' ', ',', ';', ':', '-', '–', '—', '·', '、', '，', '・'];

    /// <param name="width">The drawn width of a line of text.</param>
    /// <returns>The lines, and whether text was left out (then the last ends in <see cref="Ellipsis"/>).</returns>
    public static (ImmutableArray<string> Lines, bool Cut) Wrap(string text, Func<string, float> width, float maxWidth, int maxLines)
    {
        bool Fits(IEnumerable<string> pieces) => width(string.Concat(pieces).TrimEnd()) <= maxWidth;

        var waiting = new Stack<string>(Pieces(text.Trim()).AsEnumerable().Reverse());
        var lines = new List<string>();
        var line = new List<string>();
        while (waiting.TryPop(out var piece))
        {
            if (Fits(line.Append(piece)))
            {
                line.Add(piece);
            }
            else if (line.Count > 0 && lines.Count == maxLines - 1)
            {
                lines.Add(WithEllipsis(line, width, maxWidth));
                return ([.. lines], true);
            }
            else if (line.Count > 0)
            {
                lines.Add(string.Concat(line).TrimEnd());
                line.Clear();
                waiting.Push(piece);
            }
            else
            {
                // A word wider than a whole line: as many of its characters as fit, the rest begins the next line.
                var elements = Elements(piece);
                var fitting = Math.Max(1, Enumerable.Range(1, elements.Count).TakeWhile(count => Fits(elements.Take(count))).LastOrDefault());
                line.AddRange(elements.Take(fitting));
                if (fitting < elements.Count)
                {
                    waiting.Push(string.Concat(elements.Skip(fitting)));
                }
            }
        }

        if (line.Count > 0)
        {
            lines.Add(string.Concat(line).TrimEnd());
        }

        return ([.. lines], false);
    }

    /// <summary>The line's pieces that fit before an ellipsis, whole words first; its characters when not even one word does.</summary>
    private static string WithEllipsis(List<string> line, Func<string, float> width, float maxWidth)
    {
        string Ended(IEnumerable<string> pieces) => string.Concat(pieces).TrimEnd(TrailingPunctuation) + Ellipsis;

        for (var count = line.Count; count > 0; count--)
        {
            if (width(Ended(line.Take(count))) <= maxWidth)
            {
                return Ended(line.Take(count));
            }
        }

        var elements = Elements(string.Concat(line));
        var fitting = Enumerable.Range(0, elements.Count).TakeWhile(count => width(Ended(elements.Take(count + 1))) <= maxWidth).Count();
        return Ended(elements.Take(Math.Max(1, fitting)));
    }

    /// <summary>The text cut where a line may end: after each run of spaces, and wherever Japanese text allows.</summary>
    internal static List<string> Pieces(string text)
    {
        var elements = Elements(text);
        var pieces = new List<string>();
        var piece = new StringBuilder();
        for (var i = 0; i < elements.Count; i++)
        {
            piece.Append(elements[i]);
            if (i + 1 < elements.Count && BreaksBetween(Rune.GetRuneAt(elements[i], 0), Rune.GetRuneAt(elements[i + 1], 0)))
            {
                pieces.Add(piece.ToString());
                piece.Clear();
            }
        }

        if (piece.Length > 0)
        {
            pieces.Add(piece.ToString());
        }

        return pieces;
    }

    private static bool BreaksBetween(Rune before, Rune after)
    {
        if (Rune.IsWhiteSpace(before) || Rune.IsWhiteSpace(after))
        {
            return Rune.IsWhiteSpace(before) && !Rune.IsWhiteSpace(after);
        }

        if (Is(NoBreakBefore, after) || Is(NoBreakAfter, before))
        {
            return false;
        }

        // Between two characters of which one is Japanese; after a hyphen or dash joining two Latin words.
        return CardFonts.IsJapanese(before) || CardFonts.IsJapanese(after)
            || (before.Value is '-' or '‐' or '–' or '—' or '/' && Rune.IsLetterOrDigit(after));
    }

    private static bool Is(string set, Rune rune) => rune.IsBmp && set.Contains((char)rune.Value, StringComparison.Ordinal);

    /// <summary>What a reader sees as one character (a letter with its accents, an emoji with its modifiers): never split.</summary>
    private static List<string> Elements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
