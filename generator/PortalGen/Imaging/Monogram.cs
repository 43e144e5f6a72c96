using System.Globalization;
using System.Text;

namespace PortalGen.Imaging;

/// <summary>
/// The letters of a site's default favicon: the initials of its title's first two words ("CV" for "Cyber Valley
/// News"), or one letter for a one-word title. A title in a script without capitals (Japanese, Chinese) gives its first
/// character alone, as two ideographs would be unreadable at 16 px. Words the card fonts cannot draw are passed over,
/// so no initial is the font's empty box; a title with none left gives no letters, and the icon is the colour alone.
/// </summary>
internal static class Monogram
{
    public static string Initials(string title, CardFonts fonts)
    {
        var initials = new StringBuilder();
        var letters = 0;
        foreach (var word in title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (FirstLetterOf(word, fonts) is not { } letter)
            {
                continue;
            }

            if (!HasCase(letter))
            {
                return initials.Length == 0 ? letter : initials.ToString();
            }

            initials.Append(letter.ToUpperInvariant());
            if (++letters == 2)
            {
                break;
            }
        }

        return initials.ToString();
    }

    /// <summary>The word's first letter or digit with its marks (a decomposed "É" stays whole), if the fonts have it.</summary>
    private static string? FirstLetterOf(string word, CardFonts fonts)
    {
        var elements = StringInfo.GetTextElementEnumerator(word);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            var rune = Rune.GetRuneAt(element, 0);
            if (Rune.IsLetterOrDigit(rune))
            {
                return fonts.Covers(rune) ? element.Normalize(NormalizationForm.FormC) : null;
            }
        }

        return null;
    }

    /// <summary>Latin, Greek and Cyrillic letters have capitals; digits count as such, ideographs and kana do not.</summary>
    private static bool HasCase(string letter)
    {
        var rune = Rune.GetRuneAt(letter, 0);
        return Rune.IsDigit(rune) || Rune.ToUpperInvariant(rune) != Rune.ToLowerInvariant(rune);
    }
}
