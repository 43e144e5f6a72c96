using System.Diagnostics;
using PortalGen.Diagnostics;
using PortalGen.Settings;

namespace PortalGen.Output;

/// <summary>
/// An exclusive lock on an output folder for a build's whole run: a file beside the folder (<c>.public.lock</c> for
/// <c>public</c>), held open with <see cref="FileShare.None"/> (an flock on Unix). Two builds into one folder would
/// otherwise stage, swap and clean up over each other, and one could call the other's half-swapped output "up to
/// date". A second build waits up to <see cref="BuildOptions.OutputLockPatience"/>, then gives up with an error.
/// The file is left in place: removing it would let a third build lock a new file while the second holds the old.
/// </summary>
internal sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan Retry = TimeSpan.FromMilliseconds(50);

    private readonly FileStream file;

    private OutputLock(FileStream file) => this.file = file;

    /// <returns>The lock, or null when there is no output folder or it could not be had (then with an error).</returns>
    public static OutputLock? Take(BuildOptions options, DiagnosticBag diagnostics)
    {
        if (options.OutputDirectory is null)
        {
            return null;
        }

        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.OutputDirectory));
        var path = PathFor(output);
        var display = Path.GetRelativePath(options.DisplayRoot, output).Replace('\\', '/');
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1));
            }
            catch (UnauthorizedAccessException e)
            {
                diagnostics.Error(DiagnosticCodes.WriteFailed, SourceSpan.WholeFile(display), $"cannot write the site: {e.Message}", "the previous output is unchanged");
                return null;
            }
            catch (IOException e) when (waited.Elapsed < options.OutputLockPatience && e is not (FileNotFoundException or DirectoryNotFoundException))
            {
                Thread.Sleep(Retry);
            }
            catch (IOException e)
            {
                diagnostics.Error(
                    DiagnosticCodes.OutputFolderBusy,
                    SourceSpan.WholeFile(display),
                    $"another build is writing into this folder (it holds {Path.GetFileName(path)}); waited {options.OutputLockPatience.TotalSeconds:0} s: {e.Message}",
                    "run the build again when the other one has finished");
                return null;
            }
        }
    }

    /// <summary>The lock file of an output folder: hidden, beside it, named after it.</summary>
    public static string PathFor(string output) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.lock");

    public void Dispose() => file.Dispose();
}
