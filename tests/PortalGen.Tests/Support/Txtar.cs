using System.Text.RegularExpressions;

namespace PortalGen.Tests.Support;

/// <summary>The txtar format: a line <c>-- path --</c> starts a file; its text runs to the next such line.</summary>
internal static partial class Txtar
{
    public static IEnumerable<(string Path, string Text)> Parse(string archive)
    {
        string? path = null;
        var text = new List<string>();
        foreach (var line in archive.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var marker = Marker().Match(line);
            if (!marker.Success)
            {
                text.Add(line);
                continue;
            }

            if (path is not null)
            {
                yield return (path, Join(text));
            }

            path = marker.Groups[1].Value;
            text.Clear();
        }

        if (path is not null)
        {
            yield return (path, Join(text));
        }
    }

    private static string Join(List<string> lines) => string.Join('\n', lines).TrimEnd('\n') + "\n";

    [GeneratedRegex(@"^-- (\S+) --$")]
    private static partial Regex Marker();
}
