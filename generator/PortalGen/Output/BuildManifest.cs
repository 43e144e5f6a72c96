using System.Collections.Immutable;
using System.Text.Json;
using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Modeling;

namespace PortalGen.Output;

/// <summary>
/// What a successful build left in its output marker: the fingerprint of its inputs, the window of "now"
/// in which they give the same output, how many files it wrote, and its result (warnings included,
/// so a build that reuses the output still prints them). A build whose inputs, window and output all
/// still match has nothing to do and writes nothing.
/// </summary>
internal sealed record BuildManifest
{
    private const string Heading = "This folder is written by PortalGen; a build replaces it whole.";

    public required string Inputs { get; init; }

    public required PublicationWindow Window { get; init; }

    /// <summary>How many files the build wrote besides the marker, and their bytes: a file deleted or added by hand shows.</summary>
    public required OutputSize Output { get; init; }

    public int Pages { get; init; }

    public int StaticFiles { get; init; }

    public int Releases { get; init; }

    public ImmutableArray<LeftOutRelease> LeftOut { get; init; } = [];

    public ImmutableArray<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The marker's text: a sentence for people, then the manifest on one line.</summary>
    public string ToMarkerText() => $"{Heading}\n{JsonSerializer.Serialize(this, BuildManifestJson.Default.BuildManifest)}\n";

    /// <summary>The manifest of the output folder, or null when it has none (an older or unfinished build).</summary>
    public static BuildManifest? Read(string outputDirectory)
    {
        var marker = Path.Combine(outputDirectory, OutputFolderGuard.MarkerFileName);
        try
        {
            var lines = File.ReadAllLines(marker);
            return lines.Length >= 2 ? JsonSerializer.Deserialize(lines[1], BuildManifestJson.Default.BuildManifest) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>True when building <paramref name="inputs"/> at <paramref name="now"/> would write exactly what is there.</summary>
    public bool StillHolds(string inputs, DateTimeOffset now, string outputDirectory)
    {
        if (Inputs != inputs || !Window.Contains(now))
        {
            return false;
        }

        // The marker is written after every other file of its build: a file written since was changed by hand.
        var written = File.GetLastWriteTimeUtc(Path.Combine(outputDirectory, OutputFolderGuard.MarkerFileName));
        var files = OutputFiles(outputDirectory).ToList();
        return files.All(file => file.LastWriteTimeUtc <= written) && OutputSize.Of(files) == Output;
    }

    /// <summary>Every file of an output folder but the marker.</summary>
    public static IEnumerable<FileInfo> OutputFiles(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(file => !(file.Name == OutputFolderGuard.MarkerFileName && file.DirectoryName == Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder))));
}
