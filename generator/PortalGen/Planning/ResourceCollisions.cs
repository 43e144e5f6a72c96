using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>
/// A file beside a release or page that would be published where the build writes a page (a bundle's own
/// index.html): an error rather than a silently replaced page. A file in static/ at the same path as one
/// beside a release wins, as static/ wins over the theme's assets.
/// </summary>
internal static class ResourceCollisions
{
    public static ImmutableArray<StaticFile> Report(Site site, ImmutableArray<PlannedPage> pages, ImmutableArray<StaticFile> staticFiles, DiagnosticBag diagnostics)
    {
        // A site without bundle files need not list every page's file.
        HashSet<string> pageFiles = site.Resources.IsEmpty ? [] : pages.Select(page => page.OutputFile).ToHashSet(StringComparer.Ordinal);
        foreach (var resource in site.Resources.Where(resource => pageFiles.Contains(resource.OutputPath)))
        {
            diagnostics.Error(
                DiagnosticCodes.DuplicateUrl,
                SourceSpan.WholeFile(resource.Origin),
                $"this file would replace the page written at /{resource.OutputPath}",
                "rename the file");
        }

        var staticPaths = staticFiles.Select(file => file.OutputPath).ToHashSet(StringComparer.Ordinal);
        return [.. site.Resources.Where(resource => !staticPaths.Contains(resource.OutputPath)), .. staticFiles];
    }
}
