using PortalGen.Artifacts;
using PortalGen.Checking;
using PortalGen.Diagnostics;
using PortalGen.Editing;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Modeling;
using PortalGen.Parsing;
using PortalGen.Planning;
using PortalGen.Rendering;
using PortalGen.Settings;

namespace PortalGen.Pipeline;

/// <summary>
/// The one pipeline, from a site's sources held in memory to a site ready to render: parse, validate, model,
/// plan; the pages render from the result, all at once (build, check) or one at a time (the preview). Every host
/// runs it: <c>build</c> loads from disk and writes, <c>check</c> adds the link check, <c>serve</c> hands in its
/// <see cref="IRebuildCache"/>, the tests pass their sources straight in. A new stage is added here, once.
/// </summary>
internal static class SitePipeline
{
    /// <returns>The site ready to render, or a null site when the diagnostics fail the run.</returns>
    public static PipelineResult Run(SiteSource source, PipelineSettings settings, IRebuildCache cache, DiagnosticBag diagnostics)
    {
        if (source.Settings is null)
        {
            return new PipelineResult(null, []);
        }

        // One now for the publication rules, the window and the news sitemap, however long the run takes.
        settings = settings with { Clock = new FixedClock(settings.Clock.GetUtcNow()) };

        // Nothing below reads the sources but through `later`: the content files' texts go once parsed.
        var later = source.AfterParsing(keepContentFiles: settings.CheckLinks);

        // What needs nothing of the model is made beside it, on the cores its serial steps leave idle: the templates,
        // the theme's minified assets, Scriban's builtins (reflection over its function classes, which every
        // thread's first page waited for). At 1,000 releases these were 20 ms of one core, the other waiting.
        var parsingTemplates = Task.Run(() => cache.Templates(later.SiteTemplates, diagnostics));
        var minifying = Task.Run(() => ThemeAssets.Minify(later.StaticFiles, settings.PreviewBanner is not null, diagnostics));
        _ = Task.Run(SharedBuiltins.Prepare);
        var (site, window) = SiteModeler.Model(source, settings, diagnostics, cache);
        var templates = parsingTemplates.GetAwaiter().GetResult();
        var minified = minifying.GetAwaiter().GetResult();
        var texts = site is null ? null : UiTextsReader.Read(later.TextFiles, site.Default.Settings, diagnostics);
        if (site is null || texts is null || settings.Fails(diagnostics))
        {
            return new PipelineResult(null, site?.LeftOut ?? []);
        }

        var images = cache.Images(settings.ImageCacheDirectory, site.Default.Settings.Images.MaxPixels);
        var (assets, staticFiles) = ThemeAssets.Publish(later.StaticFiles, minified, site.Default.Settings.Accent);
        var (pages, files, photos) = OutputPlanner.Plan(site, texts, staticFiles, images, diagnostics);
        if (settings.Fails(diagnostics))
        {
            return new PipelineResult(null, site.LeftOut);
        }

        var links = settings.CheckLinks ? new LinkChecker(site.Default.Urls, templates, [.. later.Releases, .. later.Pages], settings.Parallelism) : null;
        var preview = settings.PreviewBanner is { } label ? PreviewMarkOf(label, assets, site.Default.Urls) : null;
        var logo = site.Default.Settings.Brand.Logo is { } logoPath ? StaticFile.At(files, logoPath)?.Size : null;
        var renderer = new PageRenderer(templates, new LanguageViews(site, texts, pages, settings.Clock.GetUtcNow(), assets, logo), preview: preview, minify: site.Default.Settings.Deploy.MinifyHtml);
        var artifacts = ArtifactPlanner.Plan(site, texts, pages, files, settings.Clock.GetUtcNow()).AddRange(EditorArtifacts.Plan(site, assets));
        artifacts = preview is null ? artifacts : PreviewRobotsTxt.Replace(artifacts);
        if (site.Default.Settings.Deploy.Headers)
        {
            var outputPaths = pages.Select(page => page.OutputFile).Concat(artifacts.Select(artifact => artifact.OutputFile)).Concat(files.Select(file => file.OutputPath));
            artifacts = artifacts.Add(HeadersFileWriter.Plan(site.Default, AdminPage.Folder, outputPaths, assets));
        }

        return new PipelineResult(new BuiltSite(site, window, pages, artifacts, files, templates, renderer, links) { Photos = photos, Images = images }, site.LeftOut);
    }

    private static PreviewMark PreviewMarkOf(string label, ThemeAssets assets, UrlScheme urls)
    {
        var style = assets.ByName[ThemeAssets.PreviewStylesheet];
        return new PreviewMark(label, urls.AssetHref("/" + style.OutputPath, UrlScheme.Home), style.Integrity);
    }
}
