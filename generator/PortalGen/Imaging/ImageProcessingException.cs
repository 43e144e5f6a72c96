namespace PortalGen.Imaging;

/// <summary>
/// A photo that cannot be made into its variants: damaged, truncated, or larger than a build decodes. An
/// <see cref="IOException"/>, since like an unreadable file it is the input's fault, never the generator's.
/// </summary>
internal sealed class ImageProcessingException(string message) : IOException(message);
