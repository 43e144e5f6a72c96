using System.Collections.Frozen;
using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Loading;

/// <summary>
/// What exists in the content folder, for links written in Markdown and front matter: every Markdown file,
/// every other file below news/ and pages/ (with its image size), and the sizes of images in static/.
/// </summary>
internal sealed class ContentIndex
{
    public ContentIndex(IEnumerable<string> markdownPaths, IEnumerable<ContentResource> resources, IEnumerable<StaticFile> staticFiles)
    {
        var statics = staticFiles.ToList();
        StaticPaths = statics.Select(file => file.OutputPath).ToFrozenSet(StringComparer.Ordinal);
        StaticImages = statics.Where(file => file.Image is not null).ToFrozenDictionary(file => file.OutputPath, StringComparer.Ordinal);
        MarkdownPaths = markdownPaths.ToFrozenSet(StringComparer.Ordinal);
        Resources = resources.ToFrozenDictionary(r => r.RelativePath, StringComparer.Ordinal);
        BundleIndexes = MarkdownPaths.Where(IsBundleIndex).ToFrozenSet(StringComparer.Ordinal);
        bundleResources = Resources.Values
            .Where(r => BundleOf(r.RelativePath) is not null)
            .GroupBy(r => BundleOf(r.RelativePath)!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderBy(r => r.RelativePath, StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
    }

    private readonly FrozenDictionary<string, ImmutableArray<ContentResource>> bundleResources;

    /// <summary>Every release and page, by its path below the content folder (news/2020/x.md).</summary>
    public FrozenSet<string> MarkdownPaths { get; }

    public FrozenDictionary<string, ContentResource> Resources { get; }

    /// <summary>Every file copied to the site root from static/ and the theme's assets (images/map.png, assets/css/site.css).</summary>
    public FrozenSet<string> StaticPaths { get; }

    /// <summary>Images in static/, by their path below the site root (images/map.png).</summary>
    public FrozenDictionary<string, StaticFile> StaticImages { get; }

    /// <summary>The index.md of every page bundle.</summary>
    public FrozenSet<string> BundleIndexes { get; }

    public static ContentIndex From(SiteSource source) => new(
        source.Releases.Concat(source.Pages).Select(file => file.RelativePath),
        source.Resources,
        source.StaticFiles);

    /// <summary>True when both list the same files with the same image sizes: documents parsed against one hold for the other.</summary>
    public bool ListsTheSameFiles(ContentIndex other) =>
        MarkdownPaths.SetEquals(other.MarkdownPaths)
        && StaticPaths.SetEquals(other.StaticPaths)
        && Resources.Count == other.Resources.Count
        && Resources.All(entry => other.Resources.TryGetValue(entry.Key, out var resource) && resource.IsSameFile(entry.Value))
        && StaticImages.Count == other.StaticImages.Count
        && StaticImages.All(entry => other.StaticImages.TryGetValue(entry.Key, out var image) && image.Image == entry.Value.Image);

    /// <summary>
    /// The bundle a resource belongs to: the index.md of the nearest folder above it that has one, so a bundle's
    /// sub-folders are its own. Null for a file that is in no bundle.
    /// </summary>
    public string? BundleOf(string resourcePath)
    {
        var folder = resourcePath;
        while (folder.LastIndexOf('/') is var slash and > 0)
        {
            folder = folder[..slash];
            if (BundleIndexes.Contains(folder + "/index.md"))
            {
                return folder + "/index.md";
            }
        }

        return null;
    }

    /// <summary>A file named index.md in a folder below news/ or pages/ makes that folder a bundle.</summary>
    public static bool IsBundleIndex(string markdownPath) =>
        markdownPath.EndsWith("/index.md", StringComparison.Ordinal) && markdownPath.Count(c => c == '/') >= 2;

    /// <summary>The resources of one bundle, in a stable order.</summary>
    public ImmutableArray<ContentResource> ResourcesOf(string bundleIndex) =>
        bundleResources.GetValueOrDefault(bundleIndex, []);
}
