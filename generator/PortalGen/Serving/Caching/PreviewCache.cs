using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Imaging;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Modeling;
using PortalGen.Parsing;
using PortalGen.Pipeline;
using PortalGen.Rendering;

namespace PortalGen.Serving.Caching;

/// <summary>
/// The preview server's memory between runs of the pipeline: settings and registries, parsed documents, releases,
/// their order, indexes and related releases, parsed templates. Each part keeps its last answer while what it was
/// made from is the same (the source cache hands back the very same objects for unchanged files).
/// </summary>
internal sealed class PreviewCache : IRebuildCache
{
    private readonly SettingsMemo settings = new();
    private readonly ContentDocumentCache documents = new();
    private readonly ReleaseMemo releases = new();
    private readonly ReleaseOrderMemo order = new();
    private readonly SiteIndexesMemo indexes = new();
    private readonly TemplateSetCache templates = new();
    private (SiteSource Source, ContentIndex Index)? content;
    private ImageStore? images;

    public SiteDefinitions Definitions(SiteSource source, Func<DiagnosticBag, SiteDefinitions> read, DiagnosticBag diagnostics) =>
        settings.GetOrRead(source, read, diagnostics);

    /// <summary>
    /// Rewriting files in place does not change what exists, so the index is made again only when the lists of files
    /// changed (some 12 ms a save at 10,000 releases).
    /// </summary>
    public ContentIndex Content(SiteSource source)
    {
        if (content is { } kept && ListsTheSameFiles(kept.Source, source))
        {
            return kept.Index;
        }

        var index = ContentIndex.From(source);
        content = (source, index);
        return index;
    }

    public ContentDocument? Parse(SourceFile file, SiteSettings settings, ContentIndex content, DiagnosticBag diagnostics) =>
        documents.Parse(file, settings, content, diagnostics);

    public Release? Release(ContentDocument document, RegistryLookup registry, DiagnosticBag diagnostics) =>
        releases.GetOrCreate(document, registry, diagnostics);

    public ImmutableArray<Release> NewestFirst(List<Release> releases) => order.NewestFirst(releases, SiteBuilder.NewestFirst);

    public SiteIndexes Indexes(ImmutableArray<Release> newestFirst, ImmutableArray<Partner> partners, ImmutableArray<Topic> topics, int relatedCount) =>
        indexes.GetOrBuild(newestFirst, partners, topics, relatedCount);

    public TemplateSet Templates(ImmutableArray<SourceFile> siteTemplates, DiagnosticBag diagnostics) => templates.Parse(siteTemplates, diagnostics);

    /// <summary>One store for the session: a photo's variants are made when a browser first asks for one, then kept.</summary>
    public ImageStore Images(string? folder, long maxPixels) =>
        images is { } kept && kept.Folder == folder && kept.MaxPixels == maxPixels ? kept : images = new ImageStore(folder, maxPixels);

    private static bool ListsTheSameFiles(SiteSource before, SiteSource now) =>
        before.Resources == now.Resources
        && before.StaticFiles == now.StaticFiles
        && SamePaths(before.Releases, now.Releases)
        && SamePaths(before.Pages, now.Pages);

    private static bool SamePaths(ImmutableArray<SourceFile> before, ImmutableArray<SourceFile> now)
    {
        if (before.Length != now.Length)
        {
            return false;
        }

        for (var i = 0; i < before.Length; i++)
        {
            if (!string.Equals(before[i].RelativePath, now[i].RelativePath, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
