using PortalGen.Model;

namespace PortalGen.Loading;

/// <summary>A file below news/ or pages/ that is not Markdown: an image or document a release links to.</summary>
/// <param name="RelativePath">Path below the content folder, '/' separated (news/2020/slug/mou-signing.jpg).</param>
/// <param name="Origin">Where it comes from, as messages name it (content/news/2020/slug/mou-signing.jpg).</param>
/// <param name="Open">Opens its bytes, from disk or from memory: the writer copies it, the fingerprint hashes it.</param>
/// <param name="Image">What it is as an image, when its name says it is one.</param>
internal sealed record ContentResource(string RelativePath, string Origin, Func<Stream> Open, ImageFacts? Image)
{
    /// <summary>The same file as <paramref name="other"/>, by what a build reads of it; how it is opened does not count.</summary>
    public bool IsSameFile(ContentResource other) =>
        string.Equals(RelativePath, other.RelativePath, StringComparison.Ordinal)
        && string.Equals(Origin, other.Origin, StringComparison.Ordinal)
        && Image == other.Image;

    /// <summary>The file as the output holds it, at its path below the output root.</summary>
    public StaticFile PublishedAt(string outputPath) => new(outputPath, Origin, Open, Image);

    /// <summary>Its width and height when it is an image whose header could be read.</summary>
    public ImageSize? Size => Image is { Size.Width: > 0 } image ? image.Size : null;
}
