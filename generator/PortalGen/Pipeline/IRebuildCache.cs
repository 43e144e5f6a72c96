using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Imaging;
using PortalGen.Loading;
using PortalGen.Modeling;
using PortalGen.Rendering;

namespace PortalGen.Pipeline;

/// <summary>
/// What a long-running host (the preview server) keeps between runs of the <see cref="SitePipeline"/>, so a save
/// redoes only what it touched. The pipeline asks it wherever a stage's work can be reused; every answer must be
/// what the stage itself would give, diagnostics included. <see cref="None"/> (build, check, tests) keeps nothing.
/// </summary>
internal interface IRebuildCache : IModelCache
{
    /// <summary>Keeps nothing: every stage does its work.</summary>
    public static readonly IRebuildCache None = new NoRebuildCache();

    /// <summary>The site's templates parsed over the theme's, as <see cref="TemplateSet.Parse"/> gives them.</summary>
    TemplateSet Templates(ImmutableArray<SourceFile> siteTemplates, DiagnosticBag diagnostics);

    /// <summary>Where photos' variants are made and kept: the preview keeps one store, so a photo is made once per session.</summary>
    ImageStore Images(string? folder, long maxPixels);

    private sealed class NoRebuildCache : ModelCache.Nothing, IRebuildCache
    {
        public TemplateSet Templates(ImmutableArray<SourceFile> siteTemplates, DiagnosticBag diagnostics) => TemplateSet.Parse(siteTemplates, diagnostics);

        public ImageStore Images(string? folder, long maxPixels) => new(folder, maxPixels);
    }
}
