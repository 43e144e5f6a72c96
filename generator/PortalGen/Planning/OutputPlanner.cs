using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Imaging;
using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>
/// Everything a site puts in its output folder: the pages to render and the files to copy (static files and the
/// files of page bundles), with a collision between any two of them or with an alias reported. Shared by the
/// build and the preview server, so both serve the same site.
/// </summary>
internal static class OutputPlanner
{
    /// <summary>
    /// The pages of every language's edition; the files of page bundles once, where the default language has them;
    /// the photos to make variants of, whose variants are among the files; the favicon set.
    /// </summary>
    public static OutputPlan Plan(SiteEditions editions, IReadOnlyDictionary<string, UiTexts> texts, ImmutableArray<StaticFile> staticFiles, ImageStore images, DiagnosticBag diagnostics)
    {
        var pages = PagePlanner.Plan(editions, texts);

        // Old URLs are below the site root in every language, so the releases of all languages share them.
        AliasCollisions.Report(editions.Default with { Releases = [.. editions.All.SelectMany(site => site.Releases.Where(site.IsOwn))] }, pages, diagnostics);

        // A translated bundle shares its files with the original (they are published once, at the neutral path).
        var resources = editions.All.SelectMany(site => site.Resources).DistinctBy(resource => resource.OutputPath, StringComparer.Ordinal);
        var settings = editions.Default.Settings;
        var photos = ImageFiles.Of(editions).AddRange(FaviconFiles.Drawings(settings, staticFiles));
        var files = ResourceCollisions.Report(
            editions.Default with { Resources = [.. resources, .. ImageFiles.Variants(photos, images), .. PressKitFiles.Of(editions), .. FaviconFiles.Vector(settings, staticFiles)] }, pages, staticFiles, diagnostics);
        return new OutputPlan(pages, files, photos);
    }
}
