namespace PortalGen.Parsing.ContentLinks;

/// <summary>
/// Resolves a path an editor wrote in a content file to a path below the content folder (and a stylesheet's url()
/// reference to a path below the output folder: the same rules).
/// </summary>
internal static class ContentPaths
{
    /// <param name="documentPath">The file the reference is written in, below the content folder (news/2020/x.md).</param>
    /// <param name="reference">Relative to that file (../2021/y.md, photo.jpg), or to the content folder when it starts with '/'.</param>
    /// <returns>The normalized path (news/2021/y.md), or null when it climbs out of the content folder.</returns>
    public static string? Resolve(string documentPath, string reference)
    {
        var segments = new List<string>();
        if (!reference.StartsWith('/'))
        {
            segments.AddRange(documentPath.Split('/')[..^1]);
        }

        foreach (var segment in reference.Split('/'))
        {
            switch (segment)
            {
                case "" or ".":
                    break;
                case "..":
                    if (segments.Count == 0)
                    {
                        return null;
                    }

                    segments.RemoveAt(segments.Count - 1);
                    break;
                default:
                    segments.Add(segment);
                    break;
            }
        }

        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    /// <summary>How a content path is named in messages: as the editor sees it, below the displayed content folder; a path from the site root as written.</summary>
    public static string Display(string documentDisplayPath, string documentPath, string targetPath) =>
        !targetPath.StartsWith('/') && documentDisplayPath.EndsWith(documentPath, StringComparison.Ordinal)
            ? documentDisplayPath[..^documentPath.Length] + targetPath
            : targetPath;

    /// <summary>
    /// The "did you mean" hint for a missing target: another page from the content root (how a .md link may be
    /// written anywhere), or a file in the same folder by its name (how a relative image or file link is written).
    /// </summary>
    public static string? ClosestHint(string target, IEnumerable<string> candidates)
    {
        if (IsMarkdown(target))
        {
            return ClosestMatch.Find(target, candidates) is { } page ? $"did you mean '/{page}'?" : null;
        }

        var folder = target[..(target.LastIndexOf('/') + 1)];
        var siblings = candidates.Where(c => c.StartsWith(folder, StringComparison.Ordinal) && c.IndexOf('/', folder.Length) < 0).Select(c => c[folder.Length..]);
        return ClosestMatch.Find(target[folder.Length..], siblings) is { } name ? $"did you mean '{name}'?" : null;
    }

    public static bool IsMarkdown(string path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
}
