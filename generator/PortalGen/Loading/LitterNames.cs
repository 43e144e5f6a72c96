namespace PortalGen.Loading;

/// <summary>
/// Files that editors and operating systems leave beside a site's own (backups, swap and lock files, folder
/// settings) and hidden files and folders (.git, .env): never part of the site. One rule for the loader and the
/// preview server's watcher. A folder named <c>.well-known</c> is the one hidden name a site publishes (RFC 8615:
/// security.txt, app links), so it is always kept.
/// </summary>
internal static class LitterNames
{
    public const string WellKnownFolder = ".well-known";

    /// <summary>True for the name of a file or folder that is left out, with everything below it.</summary>
    public static bool IsLitter(ReadOnlySpan<char> name) =>
        name.EndsWith("~") // emacs, vim and gedit backups
        || (name.StartsWith(".") && !name.SequenceEqual(WellKnownFolder)) // .#x.md emacs locks, .x.md.swp, .DS_Store, .git
        || (name.Length > 1 && name.StartsWith("#") && name.EndsWith("#")) // emacs auto-saves
        || name.EndsWith(".swp", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith(".swo", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Thumbs.db", StringComparison.OrdinalIgnoreCase)
        || name.Equals("desktop.ini", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when any file or folder name of <paramref name="relativePath"/> ('/' or '\' separated) is litter.</summary>
    public static bool IsBelowLitter(string relativePath)
    {
        foreach (var range in relativePath.AsSpan().SplitAny('/', '\\'))
        {
            if (IsLitter(relativePath.AsSpan()[range]))
            {
                return true;
            }
        }

        return false;
    }
}
