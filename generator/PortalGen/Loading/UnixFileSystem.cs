using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace PortalGen.Loading;

/// <summary>
/// The few Linux calls .NET does not offer: an entry's type (a FIFO looks like an empty file to
/// <see cref="FileInfo"/>), the identity of an open file, and swapping two folders in one step. On other systems
/// <see cref="IsAvailable"/> is false and callers fall back to what .NET offers.
/// </summary>
internal static class UnixFileSystem
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxType = 0x1;
    private const uint StatxIno = 0x100;
    private const int StatxLength = 256;
    private const int FileTypeMask = 0xF000;
    private const int RenameExchange = 2;
    private const int WriteAccess = 2;
    private const int ExecuteAccess = 1;

    /// <summary>statx (Linux 4.11, glibc 2.28) has one layout on every architecture, unlike stat.</summary>
    public static bool IsAvailable { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>The entry's kind and (device, inode) identity, without following a link at <paramref name="path"/> itself.</summary>
    public static (FileSystemEntryKind Kind, (ulong Device, ulong Inode) Identity) Status(string path)
    {
        var buffer = new byte[StatxLength];
        if (Native.statx(AtFdCwd, Utf8Path(path), AtSymlinkNoFollow, StatxType | StatxIno, buffer) != 0)
        {
            return (FileSystemEntryKind.Missing, default);
        }

        return (KindOf(buffer), IdentityOf(buffer));
    }

    /// <summary>The kind and identity of the file an open handle reads.</summary>
    public static (FileSystemEntryKind Kind, (ulong Device, ulong Inode) Identity) Status(SafeFileHandle handle)
    {
        var buffer = new byte[StatxLength];
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            if (Native.statx((int)handle.DangerousGetHandle(), [0], AtEmptyPath, StatxType | StatxIno, buffer) != 0)
            {
                throw new IOException($"cannot inspect an open file (errno {Marshal.GetLastPInvokeError()})");
            }
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }

        return (KindOf(buffer), IdentityOf(buffer));
    }

    /// <summary>Swaps two folders in one step (RENAME_EXCHANGE); false when the file system cannot, and nothing moved.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (Native.renameat2(AtFdCwd, Utf8Path(first), AtFdCwd, Utf8Path(second), RenameExchange) == 0)
        {
            return true;
        }

        var errno = Marshal.GetLastPInvokeError();
        const int NotSupported = 22; // EINVAL: a file system without the flag
        const int NoSystemCall = 38; // ENOSYS
        return errno is NotSupported or NoSystemCall
            ? false
            : throw new IOException($"cannot swap '{first}' and '{second}' (errno {errno})");
    }

    /// <summary>Whether this process may add and remove entries in the folder (as the kernel decides, root included).</summary>
    public static bool CanChangeEntriesOf(string folder) =>
        Native.access(Utf8Path(folder), WriteAccess | ExecuteAccess) == 0;

    private static bool Probe()
    {
        try
        {
            return Status("/").Kind == FileSystemEntryKind.Folder;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static FileSystemEntryKind KindOf(byte[] statx) =>
        (BitConverter.ToUInt16(statx, 28) & FileTypeMask) switch
        {
            0x8000 => FileSystemEntryKind.RegularFile,
            0x4000 => FileSystemEntryKind.Folder,
            0xA000 => FileSystemEntryKind.SymbolicLink,
            _ => FileSystemEntryKind.Other,
        };

    private static (ulong, ulong) IdentityOf(byte[] statx) =>
        (((ulong)BitConverter.ToUInt32(statx, 136) << 32) | BitConverter.ToUInt32(statx, 140), BitConverter.ToUInt64(statx, 32));

    private static byte[] Utf8Path(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    private static class Native
    {
        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int renameat2(int olddirfd, byte[] oldpath, int newdirfd, byte[] newpath, uint flags);

        [DllImport("libc", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int access(byte[] path, int mode);
    }
}
