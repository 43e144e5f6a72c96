namespace PortalGen.Model;

/// <summary>A file copied as it is into the output, from the site's folders or the embedded theme.</summary>
/// <param name="OutputPath">Path below the output root, '/' separated.</param>
/// <param name="Origin">Where it comes from, for messages.</param>
/// <param name="Open">Opens its bytes; called once, by the writer.</param>
/// <param name="Size">Its width and height when it is an image whose header could be read, for img tags.</param>
internal sealed record StaticFile(string OutputPath, string Origin, Func<Stream> Open, ImageSize? Size = null);
