using PortalGen.Diagnostics;
using PortalGen.Model;

namespace PortalGen.Loading;

/// <summary>
/// What the loaders tell an editor about a site's files, the same whether the files are on disk
/// (<see cref="SiteSourceLoader"/>) or in memory (<see cref="MemorySourceLoader"/>).
/// </summary>
internal static class SourceRules
{
    /// <summary>Whether a Markdown file at this path below content/ is neither a release nor a page, nor copied as a static file.</summary>
    public static bool IsStrayMarkdown(string relativePath)
    {
        var slash = relativePath.IndexOf('/', StringComparison.Ordinal);
        var topFolder = slash < 0 ? "" : relativePath[..slash];
        return SiteSourceLoader.IsMarkdown(relativePath) && topFolder is not (SiteSourceLoader.ReleasesFolder or SiteSourceLoader.PagesFolder or SiteSourceLoader.StaticFolder);
    }

    public static void ReportStrayMarkdown(string displayPath, DiagnosticBag diagnostics) =>
        diagnostics.Warning(
            DiagnosticCodes.StrayContentFile,
            SourceSpan.WholeFile(displayPath),
            "this Markdown file is neither a release nor a page and is not published",
            $"move it below {SiteSourceLoader.ReleasesFolder}/ (a release) or {SiteSourceLoader.PagesFolder}/ (a plain page)");

    public static void ReportMissing(string name, string displayPath, DiagnosticBag diagnostics) =>
        diagnostics.Error(
            DiagnosticCodes.MissingSiteFile,
            SourceSpan.WholeFile(displayPath),
            $"the site has no {name}",
            $"every site needs {name} with at least a title and base_url");

    /// <returns>False, with an error, when a text file is longer than <see cref="SiteSourceLoader.MaxTextFileBytes"/>.</returns>
    public static bool CheckTextSize(long length, string displayPath, DiagnosticBag diagnostics)
    {
        if (length <= SiteSourceLoader.MaxTextFileBytes)
        {
            return true;
        }

        diagnostics.Error(
            DiagnosticCodes.FileTooLarge,
            SourceSpan.WholeFile(displayPath),
            $"the file has {length / (1024.0 * 1024.0):0.0} MiB, more than the {SiteSourceLoader.MaxTextFileBytes / (1024 * 1024)} MiB a text file of the site may have",
            "is it a data dump or a pasted image? large files belong in static/, which is copied as it is");
        return false;
    }

    /// <summary>The site's assets override the embedded theme's, and content/static overrides both.</summary>
    /// <param name="siteAssets">The site's theme assets, with their output paths (assets/css/site.css).</param>
    /// <param name="staticFiles">The files of content/static/, with their output paths.</param>
    public static IEnumerable<StaticFile> StaticFilesOf(IEnumerable<StaticFile> siteAssets, IEnumerable<StaticFile> staticFiles)
    {
        var byOutputPath = new SortedDictionary<string, StaticFile>(StringComparer.Ordinal);
        foreach (var file in EmbeddedTheme.Assets().Concat(siteAssets).Concat(staticFiles))
        {
            byOutputPath[file.OutputPath] = file;
        }

        return byOutputPath.Values;
    }
}
