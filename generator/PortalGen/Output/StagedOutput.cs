using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Settings;

namespace PortalGen.Output;

/// <summary>
/// Writes a build into a staging folder beside the output and swaps it in only when the whole build
/// succeeded: a failed or killed build leaves the previous site exactly as it was. A file whose bytes
/// did not change keeps its old timestamp, so hosts and sync tools see only real changes.
/// </summary>
internal sealed class StagedOutput : ISiteOutput, IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Static files are copied and compared this much at a time.</summary>
    private const int CopyChunk = 256 * 1024;

    private readonly string output;
    private readonly string staging;
    private readonly string stagingFolderPrefix;

    /// <summary>False for a first build: no file has a previous version whose timestamp could be kept.</summary>
    private readonly bool hadOutput;

    /// <summary>The length of every file staged, by full path: a file written twice (a static robots.txt over ours) counts once.</summary>
    private readonly ConcurrentDictionary<string, long> staged = new(StringComparer.Ordinal);
    private bool committed;

    private StagedOutput(string output, string staging)
    {
        this.output = output;
        this.staging = staging;
        stagingFolderPrefix = staging + Path.DirectorySeparatorChar;
        hadOutput = Directory.Exists(output);
    }

    /// <exception cref="UnauthorizedAccessException">The output folder is read-only: it could be swapped out but never removed.</exception>
    public static StagedOutput Begin(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("the output folder has no parent");
        Directory.CreateDirectory(parent);
        RefuseReadOnly(output);
        var staging = WorkFolder(output, "staging");
        Directory.CreateDirectory(staging);
        return new StagedOutput(output, staging);
    }

    /// <summary>A hidden sibling of the output folder, named for this process so a later build can tell a live one from a leftover.</summary>
    private static string WorkFolder(string output, string purpose) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.{purpose}-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>
    /// An output folder the build may not change (chmod 555) cannot be swapped out and then removed: its files would
    /// stay in a work folder that blocked every later build. Refuse before anything is written. Only the folder itself
    /// is checked (chmod 555 and chmod -R 555 both make it read-only): checking each folder in it was a walk of 16,000
    /// folders at 10,000 releases. A read-only folder deeper in is found when the swapped-out site is removed: the new
    /// site is in place by then, and the next build reports the folder left behind.
    /// </summary>
    private static void RefuseReadOnly(string output)
    {
        if (UnixFileSystem.IsAvailable && Directory.Exists(output) && !UnixFileSystem.CanChangeEntriesOf(output))
        {
            throw new UnauthorizedAccessException($"'{output}' is read-only, and a build replaces the output folder whole (make it writable, e.g. chmod u+w, or build into another folder)");
        }
    }

    /// <summary>
    /// A killed build leaves its work folders behind. One killed between the two moves of the swap (where the
    /// file system cannot swap in one step) left the previous site only in its "previous" folder: that one is put
    /// back, the rest removed. A folder that cannot be removed is a warning, not the end of every later build.
    /// </summary>
    public static void RecoverFromKilledBuilds(string outputDirectory, BuildOptions options, DiagnosticBag diagnostics)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var leftovers = Directory.EnumerateDirectories(parent, $".{Path.GetFileName(output)}.*-*-*")
            .Where(folder => OwnerProcess(folder) is { } pid && !IsRunning(pid))
            .Order(StringComparer.Ordinal)
            .ToList();
        var orphanedPrevious = leftovers.FirstOrDefault(folder => Path.GetFileName(folder).Contains(".previous-", StringComparison.Ordinal));
        if (!Directory.Exists(output) && orphanedPrevious is not null)
        {
            Directory.Move(orphanedPrevious, output);
            leftovers.Remove(orphanedPrevious);
        }

        foreach (var folder in leftovers)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Warning(
                    DiagnosticCodes.LeftoverNotRemoved,
                    SourceSpan.WholeFile(Path.GetRelativePath(options.DisplayRoot, folder).Replace('\\', '/')),
                    $"cannot remove this folder, which an earlier build left: {e.Message}",
                    "delete it by hand; it is not part of the site");
            }
        }
    }

    private static int? OwnerProcess(string folder)
    {
        var parts = Path.GetFileName(folder).Split('-');
        return parts.Length >= 3 && int.TryParse(parts[^2], out var pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes one file as UTF-8; safe to call from many threads for different paths. The bytes go through a
    /// pooled buffer: a new array per page was 250 MB of garbage at 10,000 releases, much of it in the large
    /// object heap.
    /// </summary>
    public void WriteText(string relativePath, ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            Write(relativePath, [buffer.AsMemory(0, length)]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes one file of the given bytes, in order; safe to call from many threads for different paths.</summary>
    public void Write(string relativePath, IReadOnlyList<ReadOnlyMemory<byte>> bytes)
    {
        var target = TargetPath(relativePath);
        using (var file = File.OpenHandle(target, FileMode.Create, FileAccess.Write))
        {
            RandomAccess.Write(file, bytes, 0);
        }

        var length = bytes.Sum(segment => (long)segment.Length);
        staged[target] = length;

        KeepTimestampIfUnchanged(relativePath, target, bytes, length);
    }

    /// <summary>
    /// Copies a static file a chunk at a time: it may be gigabytes (a video), so it is never held in memory. A chunk
    /// of zeros is skipped rather than written, so a sparse file stays sparse.
    /// </summary>
    public void Copy(string relativePath, Func<Stream> open)
    {
        var target = TargetPath(relativePath);
        var length = 0L;
        var buffer = ArrayPool<byte>.Shared.Rent(CopyChunk);
        try
        {
            using var source = open();
            using var file = File.OpenHandle(target, FileMode.Create, FileAccess.Write);
            while (source.ReadAtLeast(buffer, CopyChunk, throwOnEndOfStream: false) is > 0 and var read)
            {
                if (buffer.AsSpan(0, read).ContainsAnyExcept((byte)0))
                {
                    RandomAccess.Write(file, buffer.AsSpan(0, read), length);
                }

                length += read;
            }

            RandomAccess.SetLength(file, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        staged[target] = length;
        if (hadOutput && new FileInfo(Path.Combine(output, relativePath)) is { Exists: true } previous && previous.Length == length && HoldsSameBytes(previous.FullName, target))
        {
            File.SetLastWriteTimeUtc(target, previous.LastWriteTimeUtc);
        }
    }

    /// <summary>What was staged, for the manifest.</summary>
    /// <remarks>Counted while writing: listing the staged folder again was 0.1 s of CPU at 10,000 releases.</remarks>
    public OutputSize StagedSize() => new(staged.Count, staged.Values.Sum());

    /// <summary>
    /// Test seam: runs between the two moves of the swap (where it is two moves), to prove the rollback. Throwing
    /// here is a second move that failed after the first succeeded.
    /// </summary>
    internal Action? BetweenMoves { get; set; }

    /// <summary>Test seam: false makes the swap two moves even where the file system could swap in one step.</summary>
    internal bool SwapInOneStep { get; set; } = UnixFileSystem.IsAvailable;

    /// <summary>
    /// Swaps the staged site in for the previous one. On Linux the two folders trade places in one step
    /// (RENAME_EXCHANGE), so the output folder exists at every instant; elsewhere it is two moves, with the previous
    /// one put back when the second fails. The previous one is removed only after.
    /// </summary>
    public void Commit(BuildManifest manifest)
    {
        File.WriteAllText(Path.Combine(staging, OutputFolderGuard.MarkerFileName), manifest.ToMarkerText());
        string? previous = null;
        if (Directory.Exists(output) && SwapInOneStep && UnixFileSystem.TryExchange(staging, output))
        {
            previous = staging; // the staging folder's name now holds the previous site
        }
        else if (Directory.Exists(output))
        {
            previous = WorkFolder(output, "previous");
            Directory.Move(output, previous);
            try
            {
                BetweenMoves?.Invoke();
                Directory.Move(staging, output);
            }
            catch
            {
                Directory.Move(previous, output);
                throw;
            }
        }
        else
        {
            Directory.Move(staging, output);
        }

        committed = true;
        if (previous is not null)
        {
            try
            {
                Directory.Delete(previous, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The new site is in place: the build succeeded. The next build tries again, and warns if it cannot.
            }
        }
    }

    public void Dispose()
    {
        if (!committed && Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    private string TargetPath(string relativePath)
    {
        // Paths come from UrlScheme and the site's own folders; this last check keeps a bug from writing outside.
        var target = Path.GetFullPath(Path.Combine(staging, relativePath));
        if (!target.StartsWith(stagingFolderPrefix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write outside the output folder: {relativePath}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return target;
    }

    /// <remarks>The previous file is compared a segment at a time through one pooled buffer, not read whole.</remarks>
    private void KeepTimestampIfUnchanged(string relativePath, string target, IReadOnlyList<ReadOnlyMemory<byte>> bytes, long length)
    {
        if (!hadOutput)
        {
            return;
        }

        var previous = Path.Combine(output, relativePath);
        var info = new FileInfo(previous);
        if (info.Exists && info.Length == length && HoldsExactly(previous, bytes))
        {
            File.SetLastWriteTimeUtc(target, info.LastWriteTimeUtc);
        }
    }

    private static bool HoldsSameBytes(string first, string second)
    {
        using var one = File.OpenHandle(first, FileMode.Open, FileAccess.Read, FileShare.Read);
        using var other = File.OpenHandle(second, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffers = (ArrayPool<byte>.Shared.Rent(CopyChunk), ArrayPool<byte>.Shared.Rent(CopyChunk));
        try
        {
            for (var offset = 0L; ; offset += CopyChunk)
            {
                var read = ReadChunk(one, buffers.Item1, offset);
                if (read != ReadChunk(other, buffers.Item2, offset) || !buffers.Item1.AsSpan(0, read).SequenceEqual(buffers.Item2.AsSpan(0, read)))
                {
                    return false;
                }

                if (read < CopyChunk)
                {
                    return true;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffers.Item1);
            ArrayPool<byte>.Shared.Return(buffers.Item2);
        }
    }

    private static int ReadChunk(SafeFileHandle file, byte[] buffer, long offset)
    {
        var read = 0;
        while (read < CopyChunk && RandomAccess.Read(file, buffer.AsSpan(read, CopyChunk - read), offset + read) is > 0 and var count)
        {
            read += count;
        }

        return read;
    }

    private static bool HoldsExactly(string path, IReadOnlyList<ReadOnlyMemory<byte>> bytes)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var longest = bytes.Count == 0 ? 0 : bytes.Max(segment => segment.Length);
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(longest, 1));
        try
        {
            var offset = 0L;
            foreach (var segment in bytes)
            {
                var read = 0;
                while (read < segment.Length && RandomAccess.Read(file, buffer.AsSpan(read, segment.Length - read), offset + read) is > 0 and var count)
                {
                    read += count;
                }

                if (read < segment.Length || !buffer.AsSpan(0, read).SequenceEqual(segment.Span))
                {
                    return false;
                }

                offset += segment.Length;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
