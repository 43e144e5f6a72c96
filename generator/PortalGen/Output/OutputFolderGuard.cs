using PortalGen.Diagnostics;
using PortalGen.Settings;

namespace PortalGen.Output;

/// <summary>
/// Refuses output folders where a build could destroy something: the content or templates folder,
/// any folder that holds them, the file system root, or a folder with files PortalGen did not write.
/// </summary>
internal static class OutputFolderGuard
{
    /// <summary>The file that marks a folder as PortalGen's output, so a later build may replace it.</summary>
    public const string MarkerFileName = ".portalgen-output";

    public static bool IsSafe(string outputDirectory, BuildOptions options, DiagnosticBag diagnostics)
    {
        var output = Normalize(outputDirectory);
        var display = Path.GetRelativePath(options.DisplayRoot, output).Replace('\\', '/');
        var protectedFolders = new[] { options.ContentDirectory, options.TemplatesDirectory }.Select(Normalize);
        var isRoot = output == Path.TrimEndingDirectorySeparator(Path.GetPathRoot(output) ?? output);
        if (isRoot || protectedFolders.Any(folder => IsSameOrInside(folder, output) || IsSameOrInside(output, folder)))
        {
            diagnostics.Error(
                DiagnosticCodes.UnsafeOutputFolder,
                SourceSpan.WholeFile(display),
                "the output folder may not be the file system root, the content or templates folder, a folder inside them, or one that holds them",
                "build into a folder of its own, such as --output public");
            return false;
        }

        if (new DirectoryInfo(output).LinkTarget is { } target)
        {
            // A build swaps the folder whole: it would replace the link with a real folder, and never write where it points.
            diagnostics.Error(
                DiagnosticCodes.UnsafeOutputFolder,
                SourceSpan.WholeFile(display),
                $"the output folder is a symbolic link (to {target}), and a build replaces the folder whole",
                $"build into the folder it points at (--output {target}), or remove the link");
            return false;
        }

        if (Directory.Exists(output) && !File.Exists(Path.Combine(output, MarkerFileName)) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            diagnostics.Error(
                DiagnosticCodes.ForeignOutputFolder,
                SourceSpan.WholeFile(display),
                "the output folder holds files that PortalGen did not write, and a build replaces the whole folder",
                "choose an empty or new folder, or delete this one if you are sure nothing in it is needed");
            return false;
        }

        return true;
    }

    private static string Normalize(string path) =>
        Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    private static bool IsSameOrInside(string folder, string candidate)
    {
        var comparison = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        return candidate.Equals(folder, comparison) ||
            candidate.StartsWith(folder + Path.DirectorySeparatorChar, comparison);
    }
}
