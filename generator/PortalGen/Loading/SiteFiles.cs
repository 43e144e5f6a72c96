namespace PortalGen.Loading;

/// <summary>
/// The one way a site's file is opened, by the build and the preview server alike: it refuses a symbolic link at
/// the file or at any folder between it and the site's root, and anything but a regular file, before opening
/// it; then checks that what it opened is the file it inspected, so a link put in place in between is refused too.
/// The listing at load already skips links, but the preview server opens static files long after it (generator/README.md, Safety).
/// </summary>
internal static class SiteFiles
{
    /// <summary>What <paramref name="path"/> names, not following a link there.</summary>
    public static FileSystemEntryKind KindOf(string path)
    {
        if (UnixFileSystem.IsAvailable)
        {
            return UnixFileSystem.Status(path).Kind;
        }

        var info = new FileInfo(path);
        return info.LinkTarget is not null ? FileSystemEntryKind.SymbolicLink
            : info.Exists ? FileSystemEntryKind.RegularFile
            : Directory.Exists(path) ? FileSystemEntryKind.Folder
            : FileSystemEntryKind.Missing;
    }

    /// <summary>Opens the file at <paramref name="fullPath"/>, which is <paramref name="relativePath"/> ('/' separated) below the site's root.</summary>
    /// <exception cref="UnsafeSiteFileException">A link on the way or at the file, or not a regular file.</exception>
    /// <exception cref="FileNotFoundException">The file or a folder on the way is gone.</exception>
    public static FileStream OpenRead(string fullPath, string relativePath)
    {
        var root = fullPath[..^relativePath.Length];
        var current = root.TrimEnd('/', '\\');
        var parts = relativePath.Split('/', '\\');
        (ulong, ulong) identity = default;
        for (var i = 0; i < parts.Length; i++)
        {
            current = Path.Combine(current, parts[i]);
            var expected = i == parts.Length - 1 ? FileSystemEntryKind.RegularFile : FileSystemEntryKind.Folder;
            var (kind, found) = UnixFileSystem.IsAvailable ? UnixFileSystem.Status(current) : (KindOf(current), default);
            if (kind == FileSystemEntryKind.Missing)
            {
                throw new FileNotFoundException($"'{fullPath}' does not exist", fullPath);
            }

            if (kind != expected)
            {
                throw new UnsafeSiteFileException(current, kind == FileSystemEntryKind.SymbolicLink ? kind : FileSystemEntryKind.Other);
            }

            identity = found;
        }

        var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        if (UnixFileSystem.IsAvailable && UnixFileSystem.Status(stream.SafeFileHandle) is var opened && (opened.Kind != FileSystemEntryKind.RegularFile || opened.Identity != identity))
        {
            stream.Dispose();
            throw new UnsafeSiteFileException(fullPath, FileSystemEntryKind.SymbolicLink);
        }

        return stream;
    }
}
