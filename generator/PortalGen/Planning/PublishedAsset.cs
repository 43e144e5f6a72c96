using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>
/// A theme file as published: minified (css, js), named after its content and checked by browsers against its
/// Subresource Integrity digest.
/// </summary>
/// <param name="Name">Its name below assets/, as templates ask for it: css/site.css.</param>
/// <param name="OutputPath">Below the output root, with the content's hash: assets/css/site.3f2a9c1be0.css.</param>
/// <param name="Integrity">sha384-… of <paramref name="Bytes"/>, for integrity="".</param>
/// <param name="Bytes">What is published.</param>
internal sealed record PublishedAsset(string Name, string OutputPath, string Integrity, byte[] Bytes)
{
    public StaticFile AsFile(string origin) => new(OutputPath, origin, () => new MemoryStream(Bytes, writable: false));
}
