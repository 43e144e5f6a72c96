namespace PortalGen.Model;

/// <summary>Where a crop keeps its centre, from 0 (left, top) to 1 (right, bottom).</summary>
internal readonly record struct FocusPoint(double X, double Y)
{
    public static readonly FocusPoint Centre = new(0.5, 0.5);
}

/// <summary>How one published file is made from a photo: its size, its format and, for a crop, where the crop is centred.</summary>
/// <param name="Cropped">
/// False: the whole photo scaled to <paramref name="Width"/> × <paramref name="Height"/> (its own proportions). True: the
/// largest part of the photo with the proportions of that size, centred as near <paramref name="Focus"/> as it fits.
/// </param>
/// <param name="Quality">1 to 100 for lossy formats; what the encoder is asked for is part of what the name hashes.</param>
internal readonly record struct ImageRecipe(int Width, int Height, ImageFormat Format, int Quality, bool Cropped, FocusPoint Focus);
