using System.Collections.Immutable;
using PortalGen.Loading;
using PortalGen.Model;

namespace PortalGen.Modeling;

/// <summary>
/// Where every file an editor can link to ends up: each published release and page at its URL, each file of
/// its bundle beside it, every other file below news/ and pages/ at its own path. Built once the URLs are known.
/// </summary>
internal sealed class LinkTargets
{
    // Plain dictionaries: freezing 10,000 paths cost more than the few look-ups links make (on every preview save).
    private readonly Dictionary<string, string> sitePaths;
    private readonly IReadOnlyDictionary<string, LeftOutReason> leftOut;
    private readonly ContentIndex content;

    private LinkTargets(Dictionary<string, string> sitePaths, IReadOnlyDictionary<string, LeftOutReason> leftOut, ContentIndex content, ImmutableArray<StaticFile> resources)
    {
        this.sitePaths = sitePaths;
        this.leftOut = leftOut;
        this.content = content;
        Resources = resources;
    }

    /// <summary>The files of published bundles and the loose files, to copy into the output.</summary>
    public ImmutableArray<StaticFile> Resources { get; }

    /// <param name="published">Each published release and page: its path below the content folder and its site path.</param>
    /// <param name="leftOut">Releases of this site that the publication rules left out, by their path below the content folder.</param>
    public static LinkTargets Build(IEnumerable<(string Source, string Path)> published, IReadOnlyDictionary<string, LeftOutReason> leftOut, ContentIndex content)
    {
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (source, path) in published)
        {
            paths[source] = path;
            var folder = source[..(source.LastIndexOf('/') + 1)];
            foreach (var resource in ContentIndex.IsBundleIndex(source) ? content.ResourcesOf(source) : [])
            {
                paths[resource.RelativePath] = path + resource.RelativePath[folder.Length..];
            }
        }

        var resources = new List<StaticFile>();
        foreach (var resource in content.Resources.Values.OrderBy(r => r.RelativePath, StringComparer.Ordinal))
        {
            if (content.BundleOf(resource.RelativePath) is null)
            {
                paths[resource.RelativePath] = LoosePath(resource.RelativePath);
            }

            if (paths.TryGetValue(resource.RelativePath, out var outputPath))
            {
                resources.Add(resource.PublishedAt(outputPath));
            }
        }

        return new LinkTargets(paths, leftOut, content, [.. resources]);
    }

    /// <summary>
    /// The site path a file is published at (news/2020/slug/, news/2020/slug/photo.jpg), or null when it is not. A
    /// file of static/, named from the site root (/images/map.jpg), is published at that path in every language.
    /// </summary>
    public string? SitePathOf(string target) =>
        target.StartsWith('/') ? (content.StaticPaths.Contains(target[1..]) ? target[1..] : null) : sitePaths.GetValueOrDefault(target);

    /// <summary>
    /// The photo a body or lead image names, as it is published: a file of a bundle or beside a release at its site
    /// path, an image of static/ (named from the site root) as static/ publishes it; null when it is not published.
    /// </summary>
    public StaticFile? PhotoOf(string target) =>
        target.StartsWith('/') ? content.StaticImages.GetValueOrDefault(target[1..])
        : SitePathOf(target) is { } sitePath && content.Resources.TryGetValue(target, out var resource) ? resource.PublishedAt(sitePath)
        : null;

    /// <summary>Why a file that exists is not in this build: its own release, or for a bundle file, its bundle's.</summary>
    public LeftOutReason? ReasonLeftOut(string target) =>
        leftOut.TryGetValue(target, out var reason) ? reason
        : content.BundleOf(target) is { } bundle && leftOut.TryGetValue(bundle, out var bundleReason) ? bundleReason
        : null;

    /// <summary>A file below news/ that is in no bundle keeps its path; one below pages/ loses the pages/ prefix, as pages do.</summary>
    private static string LoosePath(string relativePath) =>
        relativePath.StartsWith(SiteSourceLoader.PagesFolder + "/", StringComparison.Ordinal)
            ? relativePath[(SiteSourceLoader.PagesFolder.Length + 1)..]
            : relativePath;
}
