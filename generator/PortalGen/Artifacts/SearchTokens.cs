using System.Buffers;
using System.Globalization;
using System.Text;

namespace PortalGen.Artifacts;

/// <summary>
/// The words of a text as the search page's script splits a query, so that a term typed and a word indexed compare
/// equal: case and diacritics folded ("Tübingen" is "tubingen", "ß" is "ss"), runs of letters and digits.
/// Japanese and Chinese are written without spaces, so each of their characters is a word of its own: a query of
/// several characters then needs every one of them, which is how the script reads it too (search.js, tokens).
/// </summary>
internal static class SearchTokens
{
    /// <summary>The numbers in <paramref name="words"/> of the distinct words of a text, in the order they first occur.</summary>
    /// <remarks>
    /// The text is folded into a pooled buffer and its words are looked up there as spans: no string is made for a
    /// word already in <paramref name="words"/>. Splitting every release's text was a quarter of a 10,000-release
    /// build's CPU time with a string per word and per folded text (6 million strings, most of them kept until the
    /// index was merged).
    /// </remarks>
    public static int[] DistinctNumbers(string text, SearchWords words)
    {
        var folded = new FoldedText(text.Length);
        try
        {
            Fold(text, ref folded);
            var distinct = new DistinctWords(words);
            Split(folded.Span, distinct);
            return [.. distinct.Numbers];
        }
        finally
        {
            folded.Return();
        }
    }

    private static void Split(ReadOnlySpan<char> folded, DistinctWords words)
    {
        var start = -1;
        var index = 0;
        while (index < folded.Length)
        {
            // Texts are valid UTF-16 here (strict UTF-8 files, and YAML refuses an escaped lone surrogate), so a
            // character of two units is always a pair.
            var c = folded[index];
            var (rune, length) = c < 0x80 ? (new Rune(c), 1) : Decode(folded[index..]);
            if (IsUnspaced(rune))
            {
                words.Add(folded, start, index);
                start = -1;
                words.Add(folded, index, index + length);
            }
            else if (IsLetterOrDigit(c, rune))
            {
                start = start < 0 ? index : start;
            }
            else
            {
                words.Add(folded, start, index);
                start = -1;
            }

            index += length;
        }

        words.Add(folded, start, index);
    }

    private static (Rune Rune, int Length) Decode(ReadOnlySpan<char> text)
    {
        Rune.DecodeFromUtf16(text, out var rune, out var length);
        return (rune, length);
    }

    private static bool IsLetterOrDigit(char c, Rune rune) => c < 0x80 ? char.IsAsciiLetterOrDigit(c) : Rune.IsLetterOrDigit(rune);

    /// <summary>
    /// As the script's fold: decomposed, marks dropped, lower case (invariant, as JavaScript's), ß as ss. ASCII is
    /// lowered in place; each run of other characters is decomposed on its own, which is the whole text's
    /// decomposition: an ASCII character combines with nothing before it and its combining class is 0, so marks are
    /// never reordered across it.
    /// </summary>
    private static void Fold(string text, ref FoldedText folded)
    {
        var index = 0;
        while (index < text.Length)
        {
            var c = text[index];
            if (c < 0x80)
            {
                folded.Append(char.ToLowerInvariant(c));
                index++;
                continue;
            }

            var end = index + 1;
            while (end < text.Length && text[end] >= 0x80)
            {
                end++;
            }

            foreach (var rune in text[index..end].Normalize(NormalizationForm.FormD).EnumerateRunes())
            {
                if (Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
                {
                    folded.Append(Rune.ToLowerInvariant(rune));
                }
            }

            index = end;
        }
    }

    /// <summary>Han, Hiragana and Katakana, the scripts the script treats as unspaced (its <c>unspaced</c> pattern).</summary>
    private static bool IsUnspaced(Rune rune) =>
        rune.Value is (>= 0x3040 and <= 0x30FF) or (>= 0x31F0 and <= 0x31FF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF)
            or (>= 0xF900 and <= 0xFAFF) or (>= 0xFF66 and <= 0xFF9F) or (>= 0x20000 and <= 0x3134F);

    /// <summary>A folded text in a pooled buffer, grown as decomposition and "ss" lengthen it.</summary>
    private struct FoldedText(int capacity)
    {
        private char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        private int length;

        public readonly ReadOnlySpan<char> Span => buffer.AsSpan(0, length);

        public void Append(char c)
        {
            if (length == buffer.Length)
            {
                Grow();
            }

            buffer[length++] = c;
        }

        public void Append(Rune rune)
        {
            if (rune.Value == 'ß')
            {
                Append('s');
                Append('s');
                return;
            }

            if (length + 2 > buffer.Length)
            {
                Grow();
            }

            length += rune.EncodeToUtf16(buffer.AsSpan(length));
        }

        public readonly void Return() => ArrayPool<char>.Shared.Return(buffer);

        private void Grow()
        {
            var larger = ArrayPool<char>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(0, length).CopyTo(larger);
            ArrayPool<char>.Shared.Return(buffer);
            buffer = larger;
        }
    }

    /// <summary>The numbers of a text's words, each once.</summary>
    private readonly struct DistinctWords(SearchWords words)
    {
        private readonly HashSet<int> seen = [];

        public List<int> Numbers { get; } = [];

        /// <summary>Adds the word from <paramref name="start"/> to <paramref name="end"/>; none when start is negative.</summary>
        public void Add(ReadOnlySpan<char> folded, int start, int end)
        {
            if (start >= 0 && words.NumberOf(folded[start..end]) is var number && seen.Add(number))
            {
                Numbers.Add(number);
            }
        }
    }
}
