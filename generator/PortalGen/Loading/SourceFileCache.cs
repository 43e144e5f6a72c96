using System.Collections.Concurrent;

namespace PortalGen.Loading;

/// <summary>
/// Files read by earlier loads of a long-running preview, by full path: a file whose size and modification
/// time are unchanged, and that the file watcher has not reported, is handed back as the same
/// <see cref="SourceFile"/> object without reading it, which also lets later stages keep what they made of it.
/// </summary>
internal sealed class SourceFileCache
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The cached file when its size and time still match, else what <paramref name="read"/> returns.</summary>
    public SourceFile? GetOrRead(string fullPath, Func<string, SourceFile?> read)
    {
        // Stat before reading: a file changed in between is read new and cached with the older stamp, so the
        // next load reads it again rather than keeping a stale text.
        var info = new FileInfo(fullPath);
        if (!info.Exists)
        {
            entries.TryRemove(fullPath, out _);
            return read(fullPath);
        }

        var stamp = (info.Length, info.LastWriteTimeUtc);
        if (entries.TryGetValue(fullPath, out var entry) && entry.Stamp == stamp)
        {
            return entry.File;
        }

        var file = read(fullPath);
        if (file is not null)
        {
            entries[fullPath] = new Entry(stamp, file);
        }

        return file;
    }

    /// <summary>
    /// Drops a path the watcher reported, or everything below it when it is a folder, so it is read again even
    /// when a save kept its size and time stamp (coarse file system clocks).
    /// </summary>
    public void Forget(string fullPath)
    {
        var folder = fullPath.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        foreach (var path in entries.Keys.Where(path => path == fullPath || path.StartsWith(folder, StringComparison.Ordinal)))
        {
            entries.TryRemove(path, out _);
        }
    }

    private sealed record Entry((long Length, DateTime Written) Stamp, SourceFile File);
}
