using System.Collections.Immutable;
using PortalGen.Imaging;
using PortalGen.Loading;
using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>
/// The favicon set at the site root, one for every language: favicon.ico, the Apple icon and the manifest's two icons,
/// drawn like the social cards (made before any file is copied, kept in the image cache), and favicon.svg, a copy of an
/// SVG brand.favicon. A file of the same name in static/ wins, as it does over a bundle's.
/// </summary>
internal static class FaviconFiles
{
    /// <summary>The web app manifest's icons: a home screen's (192 px) and a splash screen's (512 px).</summary>
    public static readonly ImmutableArray<int> AppIconSizes = [192, 512];

    private static readonly ImmutableArray<(FaviconFile File, int Size, string Name)> Files =
    [
        (FaviconFile.Ico, FaviconPainter.IcoSizes[^1], UrlScheme.FaviconIco),
        (FaviconFile.AppleTouchIcon, FaviconPainter.AppleTouchSize, UrlScheme.AppleTouchIcon),
        (FaviconFile.Icon192, 192, UrlScheme.AppIcon(192)),
        (FaviconFile.Icon512, 512, UrlScheme.AppIcon(512)),
    ];

    /// <summary>The drawings to make; a source that is missing or unreadable has failed the build already, and draws the monogram meanwhile.</summary>
    public static ImmutableArray<PublishedImage> Drawings(SiteSettings settings, ImmutableArray<StaticFile> staticFiles)
    {
        var source = SourceOf(settings.Brand, staticFiles);
        var initials = source is null ? Monogram.Initials(settings.Title, EmbeddedTheme.CardFonts) : "";
        return
        [
            .. Files.Select(file =>
            {
                var drawing = new FaviconDrawing(file.File, initials, settings.Accent, source, EmbeddedTheme.CardFonts);
                return new PublishedImage(drawing, "", [ImagePlanner.Favicon(drawing, file.Size, file.Name)], settings.Brand.FaviconSpan);
            }),
        ];
    }

    /// <summary>An SVG brand.favicon, published as it is for the browsers that show a vector.</summary>
    public static IEnumerable<StaticFile> Vector(SiteSettings settings, ImmutableArray<StaticFile> staticFiles) =>
        SourceOf(settings.Brand, staticFiles) is { Image.Format: ImageFormat.Svg } svg ? [svg with { OutputPath = UrlScheme.FaviconSvg }] : [];

    /// <summary>Whether the pages link to favicon.svg: brand.favicon names an SVG.</summary>
    public static bool HasVector(BrandSettings brand) => brand.Favicon is { } favicon && ImageFacts.PromisedBy(favicon) == ImageFormat.Svg;

    private static StaticFile? SourceOf(BrandSettings brand, ImmutableArray<StaticFile> staticFiles) =>
        brand.Favicon is { } favicon
            ? StaticFile.At(staticFiles, favicon) is { Image.Format: not ImageFormat.Unreadable } source ? source : null
            : null;
}
