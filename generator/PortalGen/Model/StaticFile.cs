namespace PortalGen.Model;

/// <summary>A file copied as it is into the output, from the site's folders or the embedded theme.</summary>
/// <param name="OutputPath">Path below the output root, '/' separated.</param>
/// <param name="Origin">Where it comes from, for messages.</param>
/// <param name="Open">Opens its bytes; called once, by the writer.</param>
/// <param name="Image">What it is as an image, when its name says it is one.</param>
internal sealed record StaticFile(string OutputPath, string Origin, Func<Stream> Open, ImageFacts? Image = null)
{
    /// <summary>The file published at <paramref name="sitePath"/>, a path from the site root as site.yml names one (/brand/logo.svg).</summary>
    public static StaticFile? At(IEnumerable<StaticFile> files, string sitePath) =>
        files.FirstOrDefault(file => file.OutputPath == sitePath.TrimStart('/'));

    /// <summary>Its width and height when it is an image whose header could be read, for img tags.</summary>
    public ImageSize? Size => Image is { Size.Width: > 0 } image ? image.Size : null;

    /// <summary>Opens it and measures it; a file's length is known without reading it, a stream's is counted.</summary>
    public long MeasureLength()
    {
        using var stream = Open();
        if (stream.CanSeek)
        {
            return stream.Length;
        }

        var length = 0L;
        var buffer = new byte[81920];
        while (stream.Read(buffer) is var read and > 0)
        {
            length += read;
        }

        return length;
    }
}
