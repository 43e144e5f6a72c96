using System.Globalization;
using System.Text;

namespace PortalGen.Tests.Support;

/// <summary>
/// Text with <c>\xNN</c> escapes turned into bytes, so a txtar file can hold what a text file cannot show
/// plainly: a Latin-1 byte, a BOM, a carriage return, a null byte.
/// </summary>
internal static class EscapedBytes
{
    public static byte[] Decode(string text)
    {
        var bytes = new List<byte>(text.Length);
        var start = 0;
        for (var i = text.IndexOf(@"\x", StringComparison.Ordinal); i >= 0; i = text.IndexOf(@"\x", start, StringComparison.Ordinal))
        {
            if (i + 4 > text.Length || !byte.TryParse(text.AsSpan(i + 2, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[start..(i + 2)]));
                start = i + 2;
                continue;
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(text[start..i]));
            bytes.Add(value);
            start = i + 4;
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(text[start..]));
        return [.. bytes];
    }
}
