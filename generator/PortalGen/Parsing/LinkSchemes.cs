using System.Collections.Frozen;

namespace PortalGen.Parsing;

/// <summary>
/// Which link targets may become a live href or src: paths, and addresses of the few schemes a press release
/// links to. javascript:, vbscript:, data: and the like would run or embed code in the reader's browser.
/// </summary>
internal static class LinkSchemes
{
    private static readonly FrozenSet<string> Allowed = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "http", "https", "mailto", "tel");

    /// <summary>True for a path (no scheme) or an address of an allowed scheme.</summary>
    public static bool IsSafe(string url) => SchemeOf(url) is not { } scheme || Allowed.Contains(scheme);

    /// <summary>
    /// The scheme as a browser reads it: browsers drop leading spaces and control characters and every tab and
    /// line break inside, so "java&#9;script:" is still javascript:.
    /// </summary>
    public static string? SchemeOf(string url)
    {
        // Most URLs hold no such character: they are read as they are, not copied for every link of every release.
        var compact = (url.AsSpan().ContainsAnyInRange('\0', ' ') ? string.Concat(url.Where(c => c > ' ')) : url).TrimStart();
        var colon = compact.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !char.IsAsciiLetter(compact[0]))
        {
            return null;
        }

        var scheme = compact[..colon];
        return scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme.ToLowerInvariant() : null;
    }
}
