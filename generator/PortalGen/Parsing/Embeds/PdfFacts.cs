using UglyToad.PdfPig;

namespace PortalGen.Parsing.Embeds;

/// <summary>What a PDF card states of its file: how many pages it has, and the title its metadata gives, if any.</summary>
internal sealed record PdfFacts(int Pages, string? Title)
{
    /// <summary>Every PDF starts so, within its first kilobyte (ISO 32000-1, 7.5.2 and its implementation note).</summary>
    private static ReadOnlySpan<byte> Header => "%PDF-"u8;

    /// <summary>True when the bytes start as a PDF does, whatever follows.</summary>
    public static bool LooksLikePdf(ReadOnlySpan<byte> bytes) => bytes[..Math.Min(bytes.Length, 1024)].IndexOf(Header) >= 0;

    /// <returns>The facts, or null when the file cannot be read as a PDF.</returns>
    public static PdfFacts? Read(byte[] bytes)
    {
        try
        {
            using var document = PdfDocument.Open(bytes);
            var title = document.Information.Title?.Trim();
            return new PdfFacts(document.NumberOfPages, string.IsNullOrEmpty(title) ? null : title);
        }
        catch (Exception e) when (LibraryFaults.IsPdfPigFault(e))
        {
            return null;
        }
    }
}
