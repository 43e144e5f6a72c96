using PortalGen.Diagnostics;

namespace PortalGen.Parsing.ContentLinks;

/// <summary>
/// A link or image in a body whose final URL is known only once every release has its URL: a link to another
/// release by its source path, or to a file in a page bundle. The rendered HTML holds a placeholder for it. A
/// photo of static/ is deferred too, so that every photo's variants are named by one code path.
/// </summary>
/// <param name="Index">Its number in the placeholder (<see cref="ContentLinkRewriter.Placeholder"/>).</param>
/// <param name="Target">
/// The file it points at, below the content folder (news/2020/x.md, news/2020/y/photo.jpg), or from the site root
/// for a photo of static/ (/images/map.jpg): content paths never start with '/'.
/// </param>
/// <param name="TargetDisplay">The target as messages name it (content/news/2020/x.md).</param>
/// <param name="Written">The URL as the editor wrote it, for messages.</param>
/// <param name="Span">Where it was written.</param>
/// <param name="Variant">For an image's variant, its file name: it is published beside the target, in the same folder.</param>
internal sealed record DeferredLink(int Index, string Target, string TargetDisplay, string Written, SourceSpan Span, string? Variant = null);
