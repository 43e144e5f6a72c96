using System.Threading.Channels;

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
    private readonly List<FileSystemWatcher> watchers = [];

    public SourceWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            // Full paths, as LoadedSource knows its files by: a relative folder (--content content) reported relative
            // paths, so every save of a known file walked the whole site again.
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Report(e.FullPath);
            watcher.Created += (_, e) => Report(e.FullPath);
            watcher.Deleted += (_, e) => Report(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Report(e.OldFullPath);
                Report(e.FullPath);
            };

            // Events were lost: forget everything below the folder, so the next load reads it all again.
            watcher.Error += (_, _) => changes.Writer.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
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
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }
    }

    private void Report(string path)
    {
        // Editors' swap and backup files (.x.md.swp, x.md~) are never part of the site.
        var name = Path.GetFileName(path);
        if (!name.StartsWith('.') && !name.EndsWith('~'))
        {
            changes.Writer.TryWrite(path);
        }
    }
}
