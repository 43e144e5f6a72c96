using System.Collections.Immutable;
using PortalGen.Model;
using PortalGen.Parsing.ContentLinks;

namespace PortalGen.Modeling;

/// <summary>The photos a body shows as variants, placed once the URLs are known: beside the photo, wherever it is published.</summary>
internal static class BodyImages
{
    /// <summary>The release itself when its body shows none, so an unchanged release stays the same object between preview rebuilds.</summary>
    public static Release Publish(Release release, ImmutableArray<ImageUse> uses, LinkTargets targets) =>
        uses.IsEmpty ? release : release with { Images = Of(uses, targets) };

    public static ImmutableArray<PublishedImage> Of(ImmutableArray<ImageUse> uses, LinkTargets targets) =>
    [
        .. uses.Select(use => targets.PhotoOf(use.Target) is { } photo ? PublishedImage.Beside(photo, use.Variants, use.Span) : null)
            .OfType<PublishedImage>(),
    ];
}
