using System.Buffers;
using System.Text;

namespace PortalGen.Artifacts;

/// <summary>
/// Writes iCalendar content lines (RFC 5545, 3.1): each ends in CRLF, and a line longer than 75 octets is folded
/// (CRLF and a space) between whole UTF-8 characters, so no calendar app reads half a character.
/// </summary>
internal sealed class CalendarLines(IBufferWriter<byte> output)
{
    private const int MaxOctets = 75;

    /// <param name="name">The property's name with its parameters (DTSTART;VALUE=DATE).</param>
    /// <param name="value">The value, already in iCalendar's form (see <see cref="CalendarText"/>).</param>
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
}
