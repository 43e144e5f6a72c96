using System.Collections.Immutable;
using PortalGen.Imaging;
using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>
/// The photos and social cards of every edition to publish as variants, each once: a photo that is a lead image and
/// also in a body, or shared by a translation, is decoded once for all its variants. Each variant is a file to copy
/// whose bytes come from the <see cref="ImageStore"/>.
/// </summary>
internal static class ImageFiles
{
    public static ImmutableArray<PublishedImage> Of(SiteEditions editions) =>
    [
        .. editions.All
            .SelectMany(site => site.Releases.Where(site.IsOwn).SelectMany(release => release.Images).Concat(site.Pages.Where(site.IsOwn).SelectMany(page => page.Images)))
            .GroupBy(image => (image.OutputFolder, image.Source.Key))
            .OrderBy(source => source.Key.OutputFolder, StringComparer.Ordinal).ThenBy(source => source.Key.Key, StringComparer.Ordinal)
            .Select(source => source.First() with { Variants = [.. source.SelectMany(image => image.Variants).DistinctBy(variant => variant.FileName, StringComparer.Ordinal)] }),
    ];

    public static IEnumerable<StaticFile> Variants(ImmutableArray<PublishedImage> images, ImageStore store) =>
        images.SelectMany(image => image.Variants.Select(variant =>
            new StaticFile(image.OutputFolder + variant.PublishedName, image.Source.Origin, () => store.Open(image, variant))));
}
