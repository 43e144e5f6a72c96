namespace PortalGen.Parsing.ContentLinks;

/// <summary>
/// The WebP <c>source</c> of a body image's <c>picture</c>, kept on the image's Markdig node until it is rendered
/// (<see cref="PictureRenderer"/>); its srcset holds placeholders like the img's own.
/// </summary>
internal sealed record PictureSources(string Srcset, string Sizes);
