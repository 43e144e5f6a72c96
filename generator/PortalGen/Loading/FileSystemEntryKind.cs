namespace PortalGen.Loading;

/// <summary>What a path names, without following a symbolic link there.</summary>
internal enum FileSystemEntryKind
{
    Missing,
    RegularFile,
    Folder,
    SymbolicLink,

    /// <summary>A FIFO, socket or device: opening one can block forever or read without end, so none is ever opened.</summary>
    Other,
}
