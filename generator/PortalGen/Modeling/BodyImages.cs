using System.Collections.Immutable;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing.ContentLinks;

namespace PortalGen.Modeling;

/// <summary>The photos a body shows as variants, placed once the URLs are known: beside the photo, wherever it is published.</summary>
internal static class BodyImages
{
    /// <summary>The release itself when its body shows none, so an unchanged release stays the same object between preview rebuilds.</summary>
    public static Release Publish(Release release, ImmutableArray<ImageUse> uses, LinkTargets targets, ContentIndex content) =>
        uses.IsEmpty ? release : release with { Images = Of(uses, targets, content) };

    public static ImmutableArray<PublishedImage> Of(ImmutableArray<ImageUse> uses, LinkTargets targets, ContentIndex content) =>
    [
        .. uses.Select(use => targets.SitePathOf(use.Target) is { } sitePath && content.Resources.TryGetValue(use.Target, out var resource)
                ? new PublishedImage(new PhotoSource(new StaticFile(sitePath, resource.Origin, resource.Open, resource.Image)), sitePath[..(sitePath.LastIndexOf('/') + 1)], use.Variants, use.Span)
                : null)
            .OfType<PublishedImage>(),
    ];
}
