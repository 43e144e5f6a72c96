using System.Threading.Channels;
using PortalGen.Loading;

namespace PortalGen.Serving;

/// <summary>
/// Watches the content and templates folders and hands over the changed paths in batches, once the folders
/// have been quiet for a moment: an editor's save is often several events (write a temporary file, rename it
/// over the old one), and one rebuild should follow it, not three.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    /// <summary>
    /// Long enough to span a save; short, because it adds to every save's wait. The longest pause measured inside one
    /// save was 4.5 ms (vim's fsync between writing a file and closing it; a temporary file written, then renamed).
    /// </summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(10);

    private readonly Channel<string> changes = Channel.CreateUnbounded<string>();
    private readonly Lock watching = new();
    private readonly Dictionary<string, FileSystemWatcher> folderWatchers = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> parentWatchers = [];
    private bool disposed;

    public SourceWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Select(Path.GetFullPath).Select(Path.TrimEndingDirectorySeparator))
        {
            // Full paths, as LoadedSource knows its files by: a relative folder (--content content) reported relative
            // paths, so every save of a known file walked the whole site again.
            if (Directory.Exists(folder))
            {
                Watch(folder);
            }

            WatchParentOf(folder);
        }
    }

    /// <summary>
    /// A watch ends with its folder: a git checkout of another branch deletes content/ and makes it anew, and every
    /// edit after it went unseen. The parent is watched for the folder's name, and a folder that comes (back) is
    /// watched again and loaded whole.
    /// </summary>
    private void WatchParentOf(string folder)
    {
        var parent = Path.GetDirectoryName(folder);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var watcher = new FileSystemWatcher(parent, Path.GetFileName(folder))
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.DirectoryName,
        };
        watcher.Created += (_, _) => Rewatch(folder);
        watcher.Renamed += (_, _) => Rewatch(folder);
        watcher.Deleted += (_, _) => changes.Writer.TryWrite(folder);
        watcher.EnableRaisingEvents = true;
        parentWatchers.Add(watcher);
    }

    private void Rewatch(string folder)
    {
        if (Directory.Exists(folder))
        {
            Watch(folder);
        }

        // The whole folder is new to the site: forget everything below it and load it again.
        changes.Writer.TryWrite(folder);
    }

    private void Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Report(folder, e.FullPath);
        watcher.Created += (_, e) => Report(folder, e.FullPath);
        watcher.Deleted += (_, e) => Report(folder, e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Report(folder, e.OldFullPath);
            Report(folder, e.FullPath);
        };

        // Events were lost: forget everything below the folder, so the next load reads it all again.
        watcher.Error += (_, _) => changes.Writer.TryWrite(folder);
        lock (watching)
        {
            if (disposed)
            {
                watcher.Dispose();
                return;
            }

            if (folderWatchers.Remove(folder, out var old))
            {
                old.Dispose();
            }

            watcher.EnableRaisingEvents = true;
            folderWatchers[folder] = watcher;
        }
    }

    /// <summary>Calls <paramref name="rebuild"/> with each quiet batch of changed paths until stopped.</summary>
    public async Task RunAsync(Action<IReadOnlyCollection<string>> rebuild, CancellationToken stopped)
    {
        try
        {
            while (true)
            {
                var batch = new HashSet<string>(StringComparer.Ordinal) { await changes.Reader.ReadAsync(stopped) };
                do
                {
                    while (changes.Reader.TryRead(out var path))
                    {
                        batch.Add(path);
                    }

                    await Task.Delay(Quiet, stopped);
                }
                while (changes.Reader.TryPeek(out _));

                rebuild(batch);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
    }

    public void Dispose()
    {
        lock (watching)
        {
            disposed = true;
            foreach (var watcher in parentWatchers.Concat(folderWatchers.Values))
            {
                watcher.Dispose();
            }
        }
    }

    private void Report(string folder, string path)
    {
        // Editors' swap and backup files (.x.md.swp, x.md~) and other litter are never part of the site: the loader's rule.
        if (!LitterNames.IsBelowLitter(Path.GetRelativePath(folder, path)))
        {
            changes.Writer.TryWrite(path);
        }
    }
}
