using System.Globalization;
using System.Text;

namespace PortalGen.Corpus;

/// <summary>A release's slug: its title in ASCII, lower case, at most eight words, none ending on a small word.</summary>
internal static class Slugs
{
    private const int MostWords = 8;
    private static readonly HashSet<string> SmallWords = new(["a", "an", "and", "at", "could", "for", "in", "of", "on", "the", "to", "with"], StringComparer.Ordinal);

    /// <summary>The slug of <paramref name="title"/>, with -2, -3 … added when it is <paramref name="taken"/> already; adds it there.</summary>
    public static string Unique(string title, HashSet<string> taken)
    {
        var words = Ascii(title).Split('-', StringSplitOptions.RemoveEmptyEntries).Take(MostWords).ToList();
        while (words.Count > 1 && SmallWords.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        var stem = string.Join('-', words);
        var slug = stem;
        for (var n = 2; !taken.Add(slug); n++)
        {
            slug = string.Create(CultureInfo.InvariantCulture, $"{stem}-{n}");
        }

        return slug;
    }

    /// <summary>
    /// German letters as Germans spell them without dots (ü → ue), other accents dropped (é → e, by canonical
    /// decomposition, which Unicode never changes for an assigned letter), every other run of characters one hyphen.
    /// </summary>
    private static string Ascii(string text)
    {
        var spelled = new StringBuilder(text)
            .Replace("ä", "ae").Replace("ö", "oe").Replace("ü", "ue").Replace("ß", "ss")
            .Replace("Ä", "Ae").Replace("Ö", "Oe").Replace("Ü", "Ue").Replace("ø", "o").Replace("Ø", "O")
            .ToString().Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(spelled.Length);
        foreach (var c in spelled)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && (slug.Length == 0 || slug[^1] != '-'))
            {
                slug.Append('-');
            }
        }

        return slug.ToString();
    }
}
