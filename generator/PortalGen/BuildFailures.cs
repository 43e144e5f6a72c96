using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Settings;

namespace PortalGen;

/// <summary>The I/O failures that stopped a build while it rendered and wrote, as diagnostics.</summary>
internal static class BuildFailures
{
    /// <summary>
    /// A site's file that went, or became a link, after it was listed (an editor's sync during the build) is named as
    /// the file it is: it is read late, when it is copied, zipped into a press kit or measured for a feed. Anything
    /// else failed to write: one line per distinct failure.
    /// </summary>
    public static void Report(BuildOptions options, IReadOnlyList<Exception> failures, DiagnosticBag diagnostics)
    {
        var byFile = failures.Select(failure => (File: SiteFileOf(options, failure), failure.Message)).ToList();
        foreach (var file in byFile.Select(failure => failure.File).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceSpan.WholeFile(SiteSourceLoader.Display(options, file)), "cannot read the file: it was removed or replaced while the site was built", "build again; the previous output is unchanged");
        }

        foreach (var message in byFile.Where(failure => failure.File is null).Select(failure => failure.Message).Distinct(StringComparer.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.WriteFailed, SourceSpan.WholeFile(options.OutputDirectory!), $"cannot write the site: {message}", "the previous output is unchanged");
        }
    }

    private static string? SiteFileOf(BuildOptions options, Exception failure)
    {
        var path = failure switch
        {
            UnsafeSiteFileException replaced => replaced.Path,
            FileNotFoundException missing => missing.FileName,
            _ => null,
        };
        return path is not null && (IsBelow(path, options.ContentDirectory) || IsBelow(path, options.TemplatesDirectory)) ? path : null;
    }

    private static bool IsBelow(string path, string folder) =>
        Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path)) is var relative
        && relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
}
