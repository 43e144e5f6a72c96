namespace PortalGen.Model;

/// <summary>What a build knows of an image file without decoding its pixels.</summary>
/// <param name="Size">Its size as shown: a photo the camera turned (Exif orientation 5 to 8) has width and height swapped.</param>
/// <param name="Format">What its bytes hold, whatever its name says.</param>
/// <param name="Hash">A digest of its bytes: variants are named by it, so a changed photo gets new URLs.</param>
/// <param name="Frames">More than one for an animation, which is published as it is.</param>
internal sealed record ImageFacts(ImageSize Size, ImageFormat Format, string Hash, int Frames = 1)
{
    /// <summary>A still JPEG, PNG or WebP: the formats responsive variants are made from.</summary>
    public bool IsProcessable => Format is ImageFormat.Jpeg or ImageFormat.Png or ImageFormat.WebP && Frames == 1 && Size.Width > 0 && Size.Height > 0;

    public long Pixels => (long)Size.Width * Size.Height;

    /// <summary>Whether its header could be read: a raster's gives its size; an SVG may leave it to the page.</summary>
    public bool IsReadable => Format != ImageFormat.Unreadable && (Format == ImageFormat.Svg || Size.Width > 0);

    /// <summary>The format a file name promises, or null for a name that promises no image format.</summary>
    public static ImageFormat? PromisedBy(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".jpg" or ".jpeg" => ImageFormat.Jpeg,
        ".png" => ImageFormat.Png,
        ".webp" => ImageFormat.WebP,
        ".gif" => ImageFormat.Gif,
        ".svg" => ImageFormat.Svg,
        ".heic" or ".heif" => ImageFormat.Heif,
        _ => null,
    };
}
