using System.Collections.Concurrent;
using System.Collections.Immutable;
using PortalGen.Artifacts;
using PortalGen.Checking;
using PortalGen.Diagnostics;
using PortalGen.Imaging;
using PortalGen.Model;
using PortalGen.Modeling;
using PortalGen.Output;
using PortalGen.Planning;
using PortalGen.Rendering;
using PortalGen.Settings;

namespace PortalGen.Pipeline;

/// <summary>
/// A site the pipeline has modelled and planned: every page, artifact and static file it publishes, each ready to
/// render. A build renders them all (<see cref="RenderAll"/>); the preview renders the one a request asks for.
/// </summary>
internal sealed class BuiltSite
{
    private readonly LinkChecker? links;

    internal BuiltSite(SiteEditions site, PublicationWindow window, ImmutableArray<PlannedPage> pages, ImmutableArray<Artifact> artifacts, ImmutableArray<StaticFile> staticFiles, TemplateSet templates, PageRenderer renderer, LinkChecker? links)
    {
        Templates = templates;
        Site = site;
        Window = window;
        Pages = pages;
        Artifacts = artifacts;
        StaticFiles = staticFiles;
        Renderer = renderer;
        this.links = links;
    }

    public SiteEditions Site { get; }

    /// <summary>The span of "now" within which the publication rules would leave out the same releases.</summary>
    public PublicationWindow Window { get; }

    public ImmutableArray<PlannedPage> Pages { get; }

    /// <summary>Feeds, sitemap, search index, redirects: every file besides the pages.</summary>
    public ImmutableArray<Artifact> Artifacts { get; }

    /// <summary>Files copied as they are: static/, the theme's assets, the files of page bundles.</summary>
    public ImmutableArray<StaticFile> StaticFiles { get; }

    /// <summary>The photos whose variants are among <see cref="StaticFiles"/>: made before those are copied.</summary>
    public ImmutableArray<PublishedImage> Photos { get; init; } = [];

    /// <summary>Where the photos' variants are made and kept.</summary>
    internal ImageStore Images { get; init; } = new(folder: null, maxPixels: 0);

    /// <summary>The parsed templates the pages render with (the preview keeps them while no template changes).</summary>
    internal TemplateSet Templates { get; }

    internal PageRenderer Renderer { get; }

    /// <summary>
    /// Renders every artifact and page, in parallel, into <paramref name="output"/>, and makes the photos beside
    /// them, then the link check when the settings ask for it, then copies the static files unless the diagnostics
    /// fail the run. Without an output (check) the same rendering runs and is thrown away, so check finds exactly
    /// what build would.
    /// </summary>
    public void WriteAll(ISiteOutput? output, PipelineSettings settings, DiagnosticBag diagnostics)
    {
        RenderAll(output, settings, diagnostics);
        if (output is null || settings.Fails(diagnostics))
        {
            return;
        }

        // Static files come after the artifacts, so a site's own robots.txt replaces the generated one; every photo
        // was made before any of them is copied: one that cannot be decoded fails the build with nothing written.
        var writing = new StageProgress(settings.Progress, BuildStage.Writing, 1);
        Parallel.ForEach(StaticFiles, settings.Parallelism, file => output.Copy(file.OutputPath, file.Open));
        writing.Step();
    }

    private void RenderAll(ISiteOutput? output, PipelineSettings settings, DiagnosticBag diagnostics)
    {
        var rendered = new ConcurrentBag<RenderedPage>();
        var rendering = new StageProgress(settings.Progress, BuildStage.Rendering, Pages.Length);
        var making = output is null ? null : new StageProgress(settings.Progress, BuildStage.Images, 1);
        var (photos, artifacts, pages) = (Photos, Artifacts, Pages);
        using var stopAtFirstError = new CancellationTokenSource();
        var renderer = Renderer.StoppingAtFirstError(stopAtFirstError);

        // The photos go first, then the artifacts, beside the pages rather than after them: the favicons' PNGs alone
        // kept one core busy for 30 ms after the last page at 1,000 releases, and the search index for a fifth of a
        // second at 10,000, while the other core waited. Each thread takes the next item, one at a time: Parallel.For
        // gives each thread a half of the range, and every photo, all at its start, then fell to one thread.
        var work = Partitioner.Create(Enumerable.Range(0, photos.Length + artifacts.Length + pages.Length), EnumerablePartitionerOptions.NoBuffering);
        Parallel.ForEach(work, settings.Parallelism, (i, loop) =>
        {
            if (renderer.Stopped)
            {
                loop.Stop(); // a template failed: no other page is begun
                return;
            }

            if (i < photos.Length)
            {
                // A check writes nothing, and makes no variant: it only decodes what a build would make.
                if (output is null)
                {
                    Images.Verify(photos[i], diagnostics);
                }
                else
                {
                    Images.Make(photos[i], diagnostics);
                }

                return;
            }

            i -= photos.Length;
            if (i < artifacts.Length)
            {
                using var bytes = new SegmentedMemoryStream();
                artifacts[i].Write(bytes);
                output?.Write(artifacts[i].OutputFile, bytes.Segments);
                return;
            }

            // The page's HTML is written from its context's buffer; a string of it is made only for the link checker.
            var page = pages[i - artifacts.Length];
            renderer.Render(page, diagnostics, html =>
            {
                output?.WriteText(page.OutputFile, html);
                if (links is not null)
                {
                    rendered.Add(new RenderedPage(page, new string(html)));
                }
            });

            rendering.Step();
        });

        making?.Step();

        // Pages a stopped render left out would show as broken link targets.
        if (!renderer.Stopped)
        {
            links?.Check([.. rendered], [.. artifacts.Select(a => a.OutputFile), .. StaticFiles.Select(f => f.OutputPath)], diagnostics);
        }
    }

    /// <summary>
    /// Renders the first page of each kind in each language and keeps nothing: a template mistake that breaks every
    /// page of a kind (a misspelt name in release.html) is found before the site is served, not on the next request.
    /// </summary>
    /// <returns>False, with the template's diagnostics, when one of them fails.</returns>
    public bool RendersEachKind(DiagnosticBag diagnostics)
    {
        var found = new DiagnosticBag();
        foreach (var page in Pages.DistinctBy(page => (page.Kind, page.Language)))
        {
            Renderer.Render(page, found, _ => { });
        }

        foreach (var diagnostic in found.ToSortedArray())
        {
            diagnostics.Add(diagnostic);
        }

        return !found.HasErrors;
    }
}
