using System.Text;

namespace PortalGen.Output;

/// <summary>
/// Writes a build into a staging folder beside the output and swaps it in only when the whole build
/// succeeded: a failed or killed build leaves the previous site exactly as it was. A file whose bytes
/// did not change keeps its old timestamp, so hosts and sync tools see only real changes.
/// </summary>
public sealed class StagedOutput : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string output;
    private readonly string staging;
    private bool committed;

    private StagedOutput(string output, string staging)
    {
        this.output = output;
        this.staging = staging;
    }

    public static StagedOutput Begin(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output) ?? throw new InvalidOperationException("the output folder has no parent");
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, $".{Path.GetFileName(output)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new StagedOutput(output, staging);
    }

    /// <summary>Writes one file; safe to call from many threads for different paths.</summary>
    public void WriteText(string relativePath, string text) => WriteBytes(relativePath, Utf8.GetBytes(text));

    public void WriteBytes(string relativePath, byte[] bytes)
    {
        var target = TargetPath(relativePath);
        File.WriteAllBytes(target, bytes);
        KeepTimestampIfUnchanged(relativePath, target, bytes);
    }

    public void Copy(string relativePath, Func<Stream> open)
    {
        using var source = open();
        using var buffer = new MemoryStream();
        source.CopyTo(buffer);
        WriteBytes(relativePath, buffer.ToArray());
    }

    /// <summary>Swaps the staged site in for the previous one; the previous one is removed only after.</summary>
    public void Commit()
    {
        File.WriteAllText(Path.Combine(staging, OutputFolderGuard.MarkerFileName), "This folder is written by PortalGen; a build replaces it whole.\n");
        var previous = output + $".previous-{Environment.ProcessId}-{Guid.NewGuid():N}";
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
        if (!target.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"refusing to write outside the output folder: {relativePath}");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return target;
    }

    private void KeepTimestampIfUnchanged(string relativePath, string target, byte[] bytes)
    {
        var previous = Path.Combine(output, relativePath);
        var info = new FileInfo(previous);
        if (info.Exists && info.Length == bytes.Length && File.ReadAllBytes(previous).AsSpan().SequenceEqual(bytes))
        {
            File.SetLastWriteTimeUtc(target, info.LastWriteTimeUtc);
        }
    }
}
