using System.Collections.Concurrent;
using System.Collections.Immutable;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>
/// The length in bytes of the files a build publishes, which an RSS enclosure must state. The model holds a file
/// as a way to open it, not its length: each one a feed names is opened once, when a feed is written, and measured
/// (a file's length is known without reading it), rather than every file of the site at loading.
/// </summary>
internal sealed class PublishedFileLengths(ImmutableArray<StaticFile> files)
{
    private readonly Lazy<Dictionary<string, StaticFile>> byOutputPath = new(() => Index(files));
    private readonly ConcurrentDictionary<string, long> measured = new(StringComparer.Ordinal);

    /// <returns>The length of the file published at <paramref name="outputPath"/> (images/x.jpg), or null when the build publishes none there.</returns>
    public long? LengthOf(string outputPath) =>
        byOutputPath.Value.TryGetValue(outputPath, out var file) ? measured.GetOrAdd(outputPath, _ => file.MeasureLength()) : null;

    private static Dictionary<string, StaticFile> Index(ImmutableArray<StaticFile> files)
    {
        var index = new Dictionary<string, StaticFile>(files.Length, StringComparer.Ordinal);
        foreach (var file in files)
        {
            index.TryAdd(file.OutputPath, file);
        }

        return index;
    }
}
