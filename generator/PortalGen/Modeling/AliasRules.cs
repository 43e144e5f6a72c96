using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Modeling;

/// <summary>
/// Checks the old URLs in <c>aliases:</c>: each becomes a file in the output, so it must be a plain path below
/// the site root that no host or file system can read as something else (no '..', drive, scheme, reserved name).
/// </summary>
internal static class AliasRules
{
    private static readonly HashSet<string> ReservedWindowsNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    private const string Hint = "write an old URL of this site from its root, such as /2019/12/old-title.html or /old/dir/";

    public static ImmutableArray<OldUrl> Check(ImmutableArray<Field<string>> aliases, DiagnosticBag diagnostics)
    {
        var checkedAliases = ImmutableArray.CreateBuilder<OldUrl>();
        foreach (var alias in aliases)
        {
            if (Problem(alias.Value) is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.InvalidAlias, alias.Span, $"the alias '{alias.Value}' {problem}", Hint);
                continue;
            }

            checkedAliases.Add(new OldUrl(SitePath(alias.Value), alias.Span));
        }

        return checkedAliases.ToImmutable();
    }

    /// <summary>/old/path.html is that file; any other path is a folder (/old/dir and /old/dir/ both give old/dir/index.html), as in Hugo.</summary>
    private static string SitePath(string alias)
    {
        var path = Uri.UnescapeDataString(alias).TrimStart('/');
        return path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) || path.EndsWith('/')
            ? path
            : path + "/";
    }

    private static string? Problem(string alias)
    {
        if (!alias.StartsWith('/') || alias.StartsWith("//", StringComparison.Ordinal))
        {
            return alias.Contains("://", StringComparison.Ordinal) || alias.StartsWith("//", StringComparison.Ordinal)
                ? "is a URL of another host; an alias is a path of this site"
                : "must start with '/'";
        }

        // Decoded first, so %2e%2e is caught as the '..' it stands for.
        var path = Uri.UnescapeDataString(alias);
        if (path.Any(char.IsControl) || path.IndexOfAny(['\\', ':', '*', '?', '"', '<', '>', '|', '#']) >= 0)
        {
            return "holds a character that cannot be in a file name (\\ : * ? \" < > | # or a control character)";
        }

        var segments = path.Trim('/').Split('/');
        if (path.Trim('/').Length == 0)
        {
            return "is the site's home page";
        }

        foreach (var segment in segments)
        {
            if (segment is "" or "." or ".." || segment.EndsWith('.') || segment.EndsWith(' '))
            {
                return $"has the path segment '{segment}', which is empty, '.' or '..', or ends in a dot or space";
            }

            if (ReservedWindowsNames.Contains(segment.Split('.')[0]))
            {
                return $"has the path segment '{segment}', a name Windows reserves for devices";
            }
        }

        return null;
    }
}
