using System.Text;
using PortalGen.Diagnostics;

namespace PortalGen.Loading;

/// <summary>
/// Turns bytes into the text every later stage sees: strict UTF-8 (a Latin-1 file from a partner
/// office is an error with the place of its first bad byte, not mojibake), no BOM, LF line ends.
/// </summary>
public static class TextDecoder
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

        return NormalizeLineEnds(text);
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
