using PortalGen.Diagnostics;
using PortalGen.Loading;

namespace PortalGen.Parsing;

/// <summary>Finds the front matter fences of a content file; says what is wrong when they are not there.</summary>
internal static class FrontMatterSplitter
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

        // Line by line through the one string, cutting out the front matter once, rather than splitting the file
        // into lines and joining them again; the body stays where it is.
        var firstLineEnd = LineEnd(text, 0);
        var fence = text.AsSpan(0, firstLineEnd).TrimEnd() switch
        {
            "---" => "---",
            "+++" => "+++",
            _ => null,
        };
        if (fence is null)
        {
            diagnostics.Error(
                DiagnosticCodes.FrontMatterMissing,
                new SourceSpan(file.DisplayPath, 1, 1),
                "the file does not start with front matter",
                "the first line must be '---' (YAML) or '+++' (TOML), followed by 'title:' and 'date:' and a closing fence");
            return null;
        }

        if (FindClosingFence(text, firstLineEnd, fence) is not var (closingStart, closingLine))
        {
            diagnostics.Error(
                DiagnosticCodes.FrontMatterUnclosed,
                new SourceSpan(file.DisplayPath, 1, 1),
                $"the front matter opened here is never closed",
                $"did you forget the closing '{fence}' line after the last field?");
            return null;
        }

        var format = fence == "---" ? FrontMatterFormat.Yaml : FrontMatterFormat.Toml;
        var frontMatter = closingLine == 1 ? "" : text[(firstLineEnd + 1)..(closingStart - 1)];
        return new SplitDocument(format, frontMatter, 1, closingLine + 1);
    }

    /// <summary>The closing fence's line: where it starts and its number from 0.</summary>
    private static (int Start, int Line)? FindClosingFence(string text, int firstLineEnd, string fence)
    {
        var line = 0;
        for (var end = firstLineEnd; end < text.Length;)
        {
            var start = end + 1;
            end = LineEnd(text, start);
            line++;
            var content = text.AsSpan(start, end - start).TrimEnd();
            // YAML's own document end marker '...' closes a YAML block too, as in Jekyll.
            if (content.SequenceEqual(fence) || (fence == "---" && content.SequenceEqual("...")))
            {
                return (start, line);
            }
        }

        return null;
    }

    private static int LineEnd(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        return newline < 0 ? text.Length : newline;
    }
}
