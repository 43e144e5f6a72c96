using System.Text;

namespace PortalGen.Artifacts;

/// <summary>
/// The text format vCard (RFC 6350) and iCalendar (RFC 5545) share: one "NAME;PARAMS:value" line per property,
/// ended by CRLF, folded after 75 octets with a CRLF and a space, values escaped so a comma, semicolon or line
/// break in an editor's text stays text.
/// </summary>
internal sealed class ContentLines
{
    private const int MaxOctets = 75;

    private readonly StringBuilder text = new();

    /// <summary>Adds a property whose value is written as it is: a URI, or a structure already escaped.</summary>
    public ContentLines Raw(string nameAndParameters, string value)
    {
        Fold(nameAndParameters + ":" + value);
        return this;
    }

    /// <summary>Adds a property whose value is free text.</summary>
    public ContentLines Text(string nameAndParameters, string value) => Raw(nameAndParameters, Escape(value));

    public static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace(",", "\\,", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal)
        .Replace("\r\n", "\\n", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\n", StringComparison.Ordinal);

    public void WriteTo(Stream output) => output.Write(Encoding.UTF8.GetBytes(text.ToString()));

    /// <summary>Breaks a line between characters, never inside one's UTF-8 bytes; a continuation's space counts towards its 75 octets.</summary>
    private void Fold(string line)
    {
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, width));
            if (octets + size > MaxOctets)
            {
                text.Append("\r\n ");
                octets = 1;
            }

            text.Append(line, i, width);
            octets += size;
            i += width - 1;
        }

        text.Append("\r\n");
    }
}
