using System.Globalization;
using System.Text;

namespace PortalGen.Diagnostics;

/// <summary>
/// Shows control and format characters of quoted input as <c>\u202E</c>: a right-to-left override or a line
/// break copied from a file into a message would reorder the terminal line or split one diagnostic in two.
/// </summary>
public static class PrintableText
{
    public static string Of(string text)
    {
        if (!text.Any(IsHidden))
        {
            return text;
        }

        var printable = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsHidden(c))
            {
                printable.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                printable.Append(c);
            }
        }

        return printable.ToString();
    }

    private static bool IsHidden(char c) => char.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
