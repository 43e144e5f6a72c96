using PortalGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>
/// Loads the YAML nearly every front matter is written in, one <c>key: value</c> per line with a plain word or
/// phrase, a "double-quoted text" or a [list, of, ids], into the same nodes as YamlDotNet, with their positions.
/// YamlDotNet's scanner, tokens, events and document made some 19 KB per release for a dozen lines; anything this
/// reader is not sure of (a comment, a blank or indented line, an escape, a key written twice, a character YAML
/// might read otherwise) makes it give up, and YamlDotNet loads the text as before, reporting what is wrong.
/// </summary>
internal static class FlatYamlLoader
{
    /// <returns>The tree with every node's position, or null when the text is not of this simple form.</returns>
    public static PositionedYaml? TryLoad(string text, string displayPath, int lineOffset)
    {
        var root = new YamlMappingNode();

        // Sized once for a key and a value a line, and a few list items: grown step by step it was 3 KB per file.
        var positions = new Dictionary<YamlNode, SourceSpan>(2 * (text.AsSpan().Count('\n') + 1) + 8, ReferenceEqualityComparer.Instance)
        {
            [root] = SourceSpan.FromYamlMark(displayPath, 1, 1, lineOffset),
        };
        var lines = new Lines(displayPath, lineOffset, positions);
        var line = 0;
        for (var start = 0; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (!lines.TryAdd(root, text.AsSpan(start, end - start), line))
            {
                return null;
            }

            start = end + 1;
        }

        return line == 0 ? null : new PositionedYaml(root, positions);
    }

    /// <summary>Reads one line at a time into the mapping, noting where each node was written.</summary>
    private sealed class Lines(string displayPath, int lineOffset, Dictionary<YamlNode, SourceSpan> positions)
    {
        public bool TryAdd(YamlMappingNode root, ReadOnlySpan<char> line, int number)
        {
            var colon = line.IndexOf(':');
            if (colon <= 0 || !IsKey(line[..colon]) || colon + 1 >= line.Length || line[colon + 1] != ' ')
            {
                return false;
            }

            var key = At(new YamlScalarNode(line[..colon].ToString()) { Style = ScalarStyle.Plain }, number, 0);
            var valueStart = colon + 1;
            while (valueStart < line.Length && line[valueStart] == ' ')
            {
                valueStart++;
            }

            var value = line[valueStart..].TrimEnd(' ');
            if (value.IsEmpty || root.Children.ContainsKey(key) || Value(value, number, valueStart) is not { } node)
            {
                return false;
            }

            root.Add(key, node);
            return true;
        }

        private YamlNode? Value(ReadOnlySpan<char> value, int line, int column) => value[0] switch
        {
            '"' => value.Length >= 2 && value[^1] == '"' && IsQuotable(value[1..^1])
                ? At(new YamlScalarNode(value[1..^1].ToString()) { Style = ScalarStyle.DoubleQuoted }, line, column)
                : null,
            '[' => value[^1] == ']' ? List(value[1..^1], line, column) : null,
            _ => IsPlain(value) ? At(new YamlScalarNode(value.ToString()) { Style = ScalarStyle.Plain }, line, column) : null,
        };

        /// <summary>A flow list of ids or words: "[a, b]", or "[]".</summary>
        private YamlSequenceNode? List(ReadOnlySpan<char> items, int line, int column)
        {
            var list = At(new YamlSequenceNode { Style = SequenceStyle.Flow }, line, column);
            if (items.Trim(' ').IsEmpty)
            {
                return list;
            }

            var start = column + 1;
            foreach (var range in items.Split(','))
            {
                var item = items[range];
                var leading = item.Length - item.TrimStart(' ').Length;
                item = item.Trim(' ');
                if (!IsListItem(item))
                {
                    return null;
                }

                list.Add(At(new YamlScalarNode(item.ToString()) { Style = ScalarStyle.Plain }, line, start + range.Start.Value + leading));
            }

            return list;
        }

        private T At<T>(T node, int line, int column)
            where T : YamlNode
        {
            positions[node] = SourceSpan.FromYamlMark(displayPath, line + 1, column + 1, lineOffset);
            return node;
        }
    }

    private static bool IsKey(ReadOnlySpan<char> key) =>
        (char.IsAsciiLetter(key[0]) || key[0] == '_') && !key.ContainsAnyExcept(KeyCharacters);

    /// <summary>An id, path or number in a flow list: nothing YAML could read as an indicator or a separator.</summary>
    private static bool IsListItem(ReadOnlySpan<char> item) =>
        !item.IsEmpty && char.IsAsciiLetterOrDigit(item[0]) && !item.ContainsAnyExcept(ListItemCharacters);

    /// <summary>
    /// Text YAML reads as it stands, without quotes: it starts with a letter, a digit or a character beyond ASCII (not
    /// an indicator such as '-', '*', '&amp;' or '!'), holds no bracket or brace, and no ': ' or ' #' and ends in no
    /// ':', which would make it a key or a comment.
    /// </summary>
    private static bool IsPlain(ReadOnlySpan<char> value) =>
        (char.IsLetterOrDigit(value[0]) || value[0] > '\u007F')
        && IsQuotable(value)
        && !value.ContainsAny(Brackets)
        && !value.Contains(": ", StringComparison.Ordinal)
        && !value.Contains(" #", StringComparison.Ordinal)
        && value[^1] != ':';

    /// <summary>Printable characters of one line, no tab, and nothing a double-quoted text would have to escape.</summary>
    private static bool IsQuotable(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            var printable = c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD');
            if (!printable || c is '"' or '\\' or '\uFEFF' or '\u2028' or '\u2029')
            {
                return false;
            }
        }

        return true;
    }

    private static readonly System.Buffers.SearchValues<char> Brackets = System.Buffers.SearchValues.Create("[]{}");

    private static readonly System.Buffers.SearchValues<char> KeyCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    private static readonly System.Buffers.SearchValues<char> ListItemCharacters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-./");
}
