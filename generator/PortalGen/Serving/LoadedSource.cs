using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Settings;

namespace PortalGen.Serving;

/// <summary>
/// The site's sources as last loaded, with the diagnostics loading gave. A batch of changes that only rewrote
/// releases or pages already known is applied by reading those files alone; anything else (a file added or
/// removed, a folder, settings, registries, templates, static files) loads the whole site again, taking
/// unchanged files from the <see cref="SourceFileCache"/>. Walking a large archive's folders costs more than
/// everything else a save needs.
/// </summary>
internal sealed class LoadedSource(BuildOptions options)
{
    private readonly SourceFileCache files = new();
    private SiteSource? source;
    private ImmutableArray<Diagnostic> messages = [];
    private Dictionary<string, (bool IsRelease, int Index)> contentFiles = [];

    /// <summary>The sources after <paramref name="changedPaths"/> (full paths from the watcher; none at first).</summary>
    public SiteSource? Update(IReadOnlyCollection<string> changedPaths, DiagnosticBag diagnostics)
    {
        foreach (var path in changedPaths)
        {
            files.Forget(path);
        }

        if (source is null || !TryRereadInPlace(source, changedPaths))
        {
            LoadAll();
        }

        foreach (var message in messages)
        {
            diagnostics.Add(message);
        }

        return source;
    }

    private void LoadAll()
    {
        var diagnostics = new DiagnosticBag();
        source = SiteSourceLoader.Load(options, diagnostics, files);
        messages = diagnostics.ToSortedArray();
        var contentRoot = Path.GetFullPath(options.ContentDirectory);
        contentFiles = [];
        for (var i = 0; i < (source?.Releases.Length ?? 0); i++)
        {
            contentFiles[Path.GetFullPath(Path.Combine(contentRoot, source!.Releases[i].RelativePath))] = (true, i);
        }

        for (var i = 0; i < (source?.Pages.Length ?? 0); i++)
        {
            contentFiles[Path.GetFullPath(Path.Combine(contentRoot, source!.Pages[i].RelativePath))] = (false, i);
        }
    }

    /// <returns>False when the change is more than known files rewritten, and the whole site must be loaded.</returns>
    private bool TryRereadInPlace(SiteSource loaded, IReadOnlyCollection<string> changedPaths)
    {
        // A path that is gone and was never known is an editor's temporary file, come and gone within the save.
        var rewritten = changedPaths.Where(path => Path.Exists(path) || contentFiles.ContainsKey(path)).ToList();
        if (!rewritten.All(path => contentFiles.ContainsKey(path) && File.Exists(path)))
        {
            return false;
        }

        var diagnostics = new DiagnosticBag();
        var releases = loaded.Releases.ToBuilder();
        var pages = loaded.Pages.ToBuilder();
        var reread = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in rewritten)
        {
            var (isRelease, index) = contentFiles[path];
            var list = isRelease ? releases : pages;
            reread.Add(list[index].DisplayPath);
            if (SiteSourceLoader.ReadContentFile(options, path, diagnostics) is not { } file)
            {
                return false;
            }

            list[index] = file;
        }

        messages = [.. messages.Where(message => !reread.Contains(message.Span.File)), .. diagnostics.ToSortedArray()];
        source = loaded with { Releases = releases.ToImmutable(), Pages = pages.ToImmutable() };
        return true;
    }
}
