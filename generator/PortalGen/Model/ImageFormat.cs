namespace PortalGen.Model;

/// <summary>What an image file holds, by its bytes rather than its name.</summary>
internal enum ImageFormat
{
    /// <summary>Not an image any decoder here reads: damaged, truncated before its header, or another kind of file.</summary>
    Unreadable,
    Jpeg,
    Png,
    WebP,
    Gif,
    Svg,

    /// <summary>HEIC/HEIF from phones: no decoder here reads it (its codec is patent-encumbered).</summary>
    Heif,
}
