using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using PortalGen.Artifacts;

namespace PortalGen.Output;

/// <summary>
/// Writes a build into a staging folder beside the output and swaps it in only when the whole build
/// succeeded: a failed or killed build leaves the previous site exactly as it was. A file whose bytes
/// did not change keeps its old timestamp, so hosts and sync tools see only real changes.
/// </summary>
internal sealed class StagedOutput : ISiteOutput, IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

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

    public static StagedOutput Begin(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("the output folder has no parent");
        Directory.CreateDirectory(parent);
        var staging = WorkFolder(output, "staging");
        Directory.CreateDirectory(staging);
        return new StagedOutput(output, staging);
    }

    /// <summary>A hidden sibling of the output folder, named for this process so a later build can tell a live one from a leftover.</summary>
    private static string WorkFolder(string output, string purpose) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.{purpose}-{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>
    /// A killed build leaves its work folders behind. One killed between the two moves of the swap
    /// left the previous site only in its "previous" folder: that one is put back, the rest removed.
    /// </summary>
    public static void RecoverFromKilledBuilds(string outputDirectory)
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
            Directory.Delete(folder, recursive: true);
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

    public void Copy(string relativePath, Func<Stream> open)
    {
        using var source = open();
        using var buffer = new SegmentedMemoryStream();
        source.CopyTo(buffer);
        Write(relativePath, buffer.Segments);
    }

    /// <summary>What was staged, for the manifest.</summary>
    /// <remarks>Counted while writing: listing the staged folder again was 0.1 s of CPU at 10,000 releases.</remarks>
    public OutputSize StagedSize() => new(staged.Count, staged.Values.Sum());

    /// <summary>Swaps the staged site in for the previous one; the previous one is removed only after.</summary>
    public void Commit(BuildManifest manifest)
    {
        File.WriteAllText(Path.Combine(staging, OutputFolderGuard.MarkerFileName), manifest.ToMarkerText());
        var previous = WorkFolder(output, "previous");
        var hadPrevious = Directory.Exists(output);
        if (hadPrevious)
        {
            Directory.Move(output, previous);
        }

        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            if (hadPrevious)
            {
                Directory.Move(previous, output);
            }

            throw;
        }

        committed = true;
        if (hadPrevious)
        {
            Directory.Delete(previous, recursive: true);
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
