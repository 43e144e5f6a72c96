using System.Buffers;
using System.Text;

namespace PortalGen.Artifacts;

/// <summary>
/// Writes the content lines iCalendar (RFC 5545, 3.1) and vCard (RFC 6350, 3.2) share: each ends in CRLF, and a
/// line longer than 75 octets is folded (CRLF and a space) between whole UTF-8 characters, so no calendar or
/// address book reads half a character.
/// </summary>
internal sealed class ContentLines(IBufferWriter<byte> output)
{
    private const int MaxOctets = 75;

    /// <param name="name">The property's name with its parameters (DTSTART;VALUE=DATE).</param>
    /// <param name="value">The value, already in its form: a URI, a date, or text through <see cref="Escape"/>.</param>
    public void Write(string name, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(name + ":" + value);
        var start = 0;
        var limit = MaxOctets;
        while (bytes.Length - start > limit)
        {
            var cut = start + limit;

            // Back to the first byte of the character the limit falls in: UTF-8 continuation bytes are 10xxxxxx.
            while ((bytes[cut] & 0xC0) == 0x80)
            {
                cut--;
            }

            output.Write(bytes.AsSpan(start, cut - start));
            output.Write("\r\n "u8);
            start = cut;

            // A continuation line's leading space counts towards its 75 octets.
            limit = MaxOctets - 1;
        }

        output.Write(bytes.AsSpan(start));
        output.Write("\r\n"u8);
    }

    /// <summary>
    /// A TEXT value: backslash, semicolon and comma escaped, every line break as \n. Other control characters are
    /// not allowed in a content line and are left out.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or ';' or ',':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    escaped.Append("\\n");
                    break;
                case < ' ' or '\u007f' when c != '\t':
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }
}
