using System.Text.RegularExpressions;
using PortalGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>Parses YAML text into YamlDotNet's node tree, turning its exceptions into diagnostics with positions.</summary>
internal static partial class YamlDocumentLoader
{
    /// <summary>
    /// Front matter and registries need a few levels; YamlDotNet builds its node tree recursively and would
    /// overflow the stack (which ends the process, no catch possible) at some thousands of levels.
    /// </summary>
    public const int MaxDepth = 50;

    /// <summary>Returns the root node, an empty mapping for empty text, or null when the YAML does not parse.</summary>
    public static YamlNode? Load(string text, string displayPath, int lineOffset, DiagnosticBag diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new NestingDepthGuard(new Parser(new StringReader(text)), MaxDepth));
        }
        catch (NestingTooDeepException tooDeep)
        {
            diagnostics.Error(
                DiagnosticCodes.YamlTooDeep,
                SourceSpan.FromYamlMark(displayPath, tooDeep.Start.Line, tooDeep.Start.Column, lineOffset),
                $"YAML: lists and mappings are nested more than {MaxDepth} levels deep here",
                "front matter needs a few levels at most");
            return null;
        }
        catch (Exception e) when (LibraryFaults.IsYamlDotNetFault(e))
        {
            // Found by the fuzz test; YamlDotNet knows no position for these.
            diagnostics.Error(
                DiagnosticCodes.YamlSyntax,
                SourceSpan.FromYamlMark(displayPath, 1, 1, lineOffset),
                "YAML: the text does not parse",
                "look for a '[' or '{' that is never closed, or a '-' or ':' with nothing before it");
            return null;
        }
        catch (YamlException e)
        {
            var (line, column) = TabIndentation(text, e) ?? ((int)e.Start.Line, (int)e.Start.Column);
            diagnostics.Error(
                IsDuplicateKey(e) ? DiagnosticCodes.DuplicateKey : DiagnosticCodes.YamlSyntax,
                SourceSpan.FromYamlMark(displayPath, line, column, lineOffset),
                CleanMessage(e),
                HintFor(text, line));
            return null;
        }

        return stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode;
    }

    /// <summary>YamlDotNet reports a tab where the enclosing mapping starts; the editor needs the line with the tab.</summary>
    private static (int Line, int Column)? TabIndentation(string text, YamlException e)
    {
        if (!e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indentation)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    private static bool IsDuplicateKey(YamlException e) =>
        e.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase);

    private static string CleanMessage(YamlException e)
    {
        var message = MarkPrefix().Replace(e.InnerException?.Message ?? e.Message, "").Trim();
        return "YAML: " + (message.Length == 0 ? "the text does not parse" : char.ToLowerInvariant(message[0]) + message[1..].TrimEnd('.'));
    }

    private static string HintFor(string text, int line)
    {
        var lines = text.Split('\n');
        var source = line >= 1 && line <= lines.Length ? lines[line - 1] : "";
        var previous = line >= 2 && line - 2 < lines.Length ? lines[line - 2] : "";
        if (source.StartsWith('\t') || previous.StartsWith('\t') || source.TrimStart(' ').StartsWith('\t'))
        {
            return "YAML does not allow tabs for indentation: indent with spaces";
        }

        if (source.Count(c => c == '"') % 2 == 1 || source.Count(c => c == '\'') % 2 == 1)
        {
            return "a quoted value is not closed, or a quote inside it is not doubled";
        }

        return source.Contains(": ", StringComparison.Ordinal) && source.IndexOf(": ", StringComparison.Ordinal) != source.LastIndexOf(": ", StringComparison.Ordinal)
            ? "a value that contains ': ' must be put in quotes"
            : "check the indentation and quoting on this line and the one before";
    }

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex MarkPrefix();
}
