namespace PortalGen.Model;

/// <summary>One file made from a photo, published beside it under a name that changes with the photo's bytes and the recipe.</summary>
/// <param name="FileName">photo.960x640.3f9a1c2b7e.webp: readable size, then the hash that lets hosts cache it forever.</param>
internal sealed record ImageVariant(string FileName, ImageRecipe Recipe)
{
    /// <summary>
    /// The name it is published under when that is not <see cref="FileName"/>: a favicon keeps the name browsers ask for
    /// (favicon.ico), while the cache knows it by the hashed one.
    /// </summary>
    public string? PublishedAs { get; init; }

    public string PublishedName => PublishedAs ?? FileName;

    public int Width => Recipe.Width;

    public int Height => Recipe.Height;

    public string MediaType => Recipe.Format switch
    {
        ImageFormat.WebP => "image/webp",
        ImageFormat.Png => "image/png",
        _ => "image/jpeg",
    };
}
