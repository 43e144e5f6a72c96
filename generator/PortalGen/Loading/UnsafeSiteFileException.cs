namespace PortalGen.Loading;

/// <summary>
/// A site file that is, or is reached through, a symbolic link, or is not a regular file (a FIFO, socket or
/// device): <see cref="SiteFiles"/> refuses to open it. An <see cref="IOException"/>, since it is the disk that
/// changed under the build, not a bug.
/// </summary>
internal sealed class UnsafeSiteFileException(string path, FileSystemEntryKind kind)
    : IOException(kind == FileSystemEntryKind.SymbolicLink
        ? $"'{path}' is a symbolic link, and links are not followed"
        : $"'{path}' is not a regular file or folder (a FIFO, socket or device), and is never opened")
{
    public string Path { get; } = path;

    public FileSystemEntryKind Kind { get; } = kind;
}
