using System.Text;
using PortalGen.Diagnostics;

namespace PortalGen.Loading;

/// <summary>
/// Turns bytes into the text every later stage sees: strict UTF-8 (a Latin-1 file from a partner
/// office is an error with the place of its first bad byte, not mojibake), no BOM, LF line ends, no null bytes, composed Unicode (NFC).
/// </summary>
internal static class TextDecoder
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        if (bytes.StartsWith(Utf8Bom))
        {
            bytes = bytes[3..];
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var (line, column, offset) = LocateFirstInvalidByte(bytes);
            diagnostics.Error(
                DiagnosticCodes.NotUtf8,
                new SourceSpan(displayPath, line, column),
                $"the file is not valid UTF-8 (byte 0x{bytes[offset]:X2} at offset {offset})",
                "save it as UTF-8; most editors offer this under 'Save with encoding'");
            return null;
        }

        text = UnicodeNames.Composed(NormalizeLineEnds(text));
        var nullByte = text.IndexOf('\0');
        if (nullByte >= 0)
        {
            // YAML and Markdown would each misread it differently; a null byte means a binary or UTF-16 file, not an edit.
            var before = text.AsSpan(0, nullByte);
            var line = before.Count('\n') + 1;
            var column = nullByte - before.LastIndexOf('\n');
            diagnostics.Error(
                DiagnosticCodes.NullByte,
                new SourceSpan(displayPath, line, column),
                "the file holds a null byte, so it is not a text file",
                "save it as UTF-8 text; a file saved as UTF-16 has a null byte after every letter");
            return null;
        }

        return text;
    }

    public static string NormalizeLineEnds(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static (int Line, int Column, int Offset) LocateFirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var line = 1;
        var column = 1;
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[offset..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return (line, column, offset);
            }

            (line, column) = rune.Value == '\n' ? (line + 1, 1) : (line, column + 1);
            offset += consumed;
        }

        return (line, column, bytes.Length - 1);
    }
}
