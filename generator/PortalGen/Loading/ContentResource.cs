using PortalGen.Model;

namespace PortalGen.Loading;

/// <summary>A file below news/ or pages/ that is not Markdown: an image or document a release links to.</summary>
/// <param name="RelativePath">Path below the content folder, '/' separated (news/2020/slug/mou-signing.jpg).</param>
/// <param name="FullPath">Where it is on disk, for the writer to copy.</param>
/// <param name="Size">Its width and height when it is an image whose header could be read.</param>
public sealed record ContentResource(string RelativePath, string FullPath, ImageSize? Size);
