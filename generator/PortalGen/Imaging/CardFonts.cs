using System.Security.Cryptography;
using System.Text;
using SkiaSharp;

namespace PortalGen.Imaging;

/// <summary>
/// The social card's fonts: a Latin family and a Japanese one, regular and bold, and which of them sets each
/// character. Japanese text takes the Japanese font, everything else the Latin one; a character neither has is set in
/// the Latin font, whose .notdef box marks it.
/// </summary>
internal sealed class CardFonts : IDisposable
{
    private readonly CardFace latinRegular, latinBold, cjkRegular, cjkBold;

    /// <param name="latinRegular">Each font's bytes in Skia's memory: the faces take their own reference, the caller disposes its own.</param>
    public CardFonts(SKData latinRegular, SKData latinBold, SKData cjkRegular, SKData cjkBold)
    {
        this.latinRegular = new CardFace(latinRegular, nameof(latinRegular));
        this.latinBold = new CardFace(latinBold, nameof(latinBold));
        this.cjkRegular = new CardFace(cjkRegular, nameof(cjkRegular));
        this.cjkBold = new CardFace(cjkBold, nameof(cjkBold));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var font in new[] { latinRegular, latinBold, cjkRegular, cjkBold })
        {
            hash.AppendData(BitConverter.GetBytes((int)font.Size));
            hash.AppendData(font.Span);
        }

        Hash = Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>A digest of the four fonts' bytes: part of every card's name, so a new font renames the cards it changes.</summary>
    public string Hash { get; }

    /// <summary>The face that sets <paramref name="rune"/>; punctuation both fonts have stays in the face before it, so "…" and "—" in Japanese text are Japanese.</summary>
    public CardFace FaceOf(Rune rune, bool bold, CardFace? before)
    {
        var (latin, cjk) = bold ? (latinBold, cjkBold) : (latinRegular, cjkRegular);
        if (before is not null && IsShared(rune) && before.Has(rune.Value))
        {
            return before;
        }

        return IsJapanese(rune) && cjk.Has(rune.Value) ? cjk
            : latin.Has(rune.Value) ? latin
            : cjk.Has(rune.Value) ? cjk
            : latin;
    }

    /// <summary>Whether a font of the card has the character (the bold fonts hold the same characters as the regular ones).</summary>
    public bool Covers(Rune rune) => latinRegular.Has(rune.Value) || cjkRegular.Has(rune.Value);

    /// <remarks>The theme's fonts live as long as the process; a test's own are disposed.</remarks>
    public void Dispose()
    {
        foreach (var face in new[] { latinRegular, latinBold, cjkRegular, cjkBold })
        {
            face.Dispose();
        }
    }

    /// <summary>Kana, kanji, and the punctuation and fullwidth forms that belong to Japanese text.</summary>
    public static bool IsJapanese(Rune rune) => rune.Value switch
    {
        >= 0x3000 and <= 0x30FF => true, // CJK symbols and punctuation, hiragana, katakana
        >= 0x31F0 and <= 0x31FF => true, // katakana phonetic extensions
        >= 0x3400 and <= 0x4DBF => true, // CJK extension A
        >= 0x4E00 and <= 0x9FFF => true, // CJK unified ideographs
        >= 0xF900 and <= 0xFAFF => true, // CJK compatibility ideographs
        >= 0xFF00 and <= 0xFFEF => true, // fullwidth and halfwidth forms
        >= 0x20000 and <= 0x3FFFF => true, // CJK extensions B and later
        _ => false,
    };

    /// <summary>Spaces, dashes, quotes and the ellipsis: both families draw them, each in its own style.</summary>
    private static bool IsShared(Rune rune) => rune.Value is ' ' or (>= 0x2010 and <= 0x2027);
}
