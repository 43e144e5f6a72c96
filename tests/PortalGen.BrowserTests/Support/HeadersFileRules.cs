namespace PortalGen.BrowserTests.Support;

/// <summary>
/// A built site's _headers as Netlify applies it: every rule whose path matches (a trailing <c>*</c> matches the rest),
/// in the file's order, a later rule's header replacing an earlier one of the same name.
/// </summary>
internal sealed class HeadersFileRules(IReadOnlyList<(string Path, IReadOnlyList<(string Name, string Value)> Headers)> rules)
{
    public static HeadersFileRules? Read(string folder)
    {
        var file = Path.Combine(folder, "_headers");
        if (!File.Exists(file))
        {
            return null;
        }

        var rules = new List<(string, IReadOnlyList<(string, string)>)>();
        List<(string, string)>? current = null;
        foreach (var line in File.ReadAllLines(file).Where(line => line.Trim().Length > 0 && !line.StartsWith('#')))
        {
            if (!char.IsWhiteSpace(line[0]))
            {
                current = [];
                rules.Add((line.Trim(), current));
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            current!.Add((line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }

        return new HeadersFileRules(rules);
    }

    /// <summary>The headers for a request path.</summary>
    public IReadOnlyDictionary<string, string> For(string requestPath)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, ruleHeaders) in rules)
        {
            var matches = path.EndsWith('*') ? requestPath.StartsWith(path[..^1], StringComparison.Ordinal) : requestPath == path;
            foreach (var (name, value) in matches ? ruleHeaders : [])
            {
                headers[name] = value;
            }
        }

        return headers;
    }
}
