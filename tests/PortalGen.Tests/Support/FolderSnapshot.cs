using System.Security.Cryptography;
using PortalGen.Output;

namespace PortalGen.Tests.Support;

/// <summary>Every file below a folder with the hash of its bytes, in ordinal order: equal snapshots, equal folders.</summary>
internal static class FolderSnapshot
{
    public static IReadOnlyList<(string Path, string Hash)> Of(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => (Path.GetRelativePath(folder, file).Replace('\\', '/'), Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))))
            .OrderBy(entry => entry.Item1, StringComparer.Ordinal)];

    /// <summary>The site as published: every file but the output folder's marker, which records the build's inputs.</summary>
    public static IReadOnlyList<(string Path, string Hash)> Published(string folder) =>
        [.. Of(folder).Where(entry => entry.Path != OutputFolderGuard.MarkerFileName)];
}
