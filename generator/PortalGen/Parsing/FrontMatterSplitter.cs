using PortalGen.Diagnostics;
using PortalGen.Loading;

namespace PortalGen.Parsing;

/// <summary>Finds the front matter fences of a content file; says what is wrong when they are not there.</summary>
public static class FrontMatterSplitter
{
    public static SplitDocument? Split(SourceFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(
                DiagnosticCodes.FrontMatterMissing,
                new SourceSpan(file.DisplayPath, 1, 1),
                "the file is empty",
                "start it with front matter: a line '---', then 'title:' and 'date:', then another '---'");
            return null;
        }

        var lines = text.Split('\n');
        var fence = lines[0].TrimEnd();
        var format = fence switch
        {
            "---" => FrontMatterFormat.Yaml,
            "+++" => FrontMatterFormat.Toml,
            _ => (FrontMatterFormat?)null,
        };
        if (format is null)
        {
            diagnostics.Error(
                DiagnosticCodes.FrontMatterMissing,
                new SourceSpan(file.DisplayPath, 1, 1),
                "the file does not start with front matter",
                "the first line must be '---' (YAML) or '+++' (TOML), followed by 'title:' and 'date:' and a closing fence");
            return null;
        }

        var closing = FindClosingFence(lines, fence);
        if (closing < 0)
        {
            diagnostics.Error(
                DiagnosticCodes.FrontMatterUnclosed,
                new SourceSpan(file.DisplayPath, 1, 1),
                $"the front matter opened here is never closed",
                $"did you forget the closing '{fence}' line after the last field?");
            return null;
        }

        var frontMatter = string.Join('\n', lines[1..closing]);
        var body = closing + 1 < lines.Length ? string.Join('\n', lines[(closing + 1)..]) : "";
        return new SplitDocument(format.Value, frontMatter, 1, body, closing + 1);
    }

    private static int FindClosingFence(string[] lines, string fence)
    {
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            // YAML's own document end marker '...' closes a YAML block too, as in Jekyll.
            if (line == fence || (fence == "---" && line == "..."))
            {
                return i;
            }
        }

        return -1;
    }
}
