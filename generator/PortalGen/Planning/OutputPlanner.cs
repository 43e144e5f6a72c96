using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Validation;

namespace PortalGen.Planning;

/// <summary>
/// Everything a site puts in its output folder: the pages to render and the files to copy (static files and the
/// files of page bundles), with a collision between any two of them or with an alias reported. Shared by the
/// build and the preview server, so both serve the same site.
/// </summary>
public static class OutputPlanner
{
    public static (ImmutableArray<PlannedPage> Pages, ImmutableArray<StaticFile> Files) Plan(Site site, ImmutableArray<StaticFile> staticFiles, BuildOptions options, DiagnosticBag diagnostics)
    {
        var pages = PagePlanner.Plan(site);
        AliasCollisions.Report(site, pages, diagnostics);
        var files = ResourceCollisions.Report(site, pages, staticFiles, options, diagnostics);
        return (pages, files);
    }
}
