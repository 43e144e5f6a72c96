using System.Globalization;
using System.Text.RegularExpressions;
using PortalGen.Diagnostics;
using Tomlyn.Parsing;
using Tomlyn.Syntax;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>
/// Parses TOML front matter (Hugo's <c>+++</c>) with Tomlyn and translates its syntax tree into the YAML node
/// model with every value's position, so one typed reader serves both languages and their diagnostics alike.
/// </summary>
internal static partial class TomlDocumentLoader
{
    /// <summary>The tree, or null with a diagnostic for each of Tomlyn's errors, at its line and column.</summary>
    public static PositionedYaml? Load(string text, string displayPath, int lineOffset, DiagnosticBag diagnostics)
    {
        DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(text, displayPath, validate: true);
        }
        catch (Tomlyn.TomlException e)
        {
            // Tomlyn throws, without a position, past its nesting limit of 64 (found by the hardening corpus).
            var firstSentence = e.Message.Split(". ")[0].TrimEnd('.');
            diagnostics.Error(
                DiagnosticCodes.TomlSyntax,
                Diagnostics.SourceSpan.FromZeroBased(displayPath, 0, 0, lineOffset),
                "TOML: " + char.ToLowerInvariant(firstSentence[0]) + firstSentence[1..],
                "front matter needs a few levels of lists and tables at most");
            return null;
        }

        if (document.HasErrors)
        {
            foreach (var message in document.Diagnostics.Where(m => m.Kind == DiagnosticMessageKind.Error))
            {
                var duplicate = message.Message.Contains("already defined", StringComparison.Ordinal);
                diagnostics.Error(
                    duplicate ? DiagnosticCodes.DuplicateKey : DiagnosticCodes.TomlSyntax,
                    Diagnostics.SourceSpan.FromZeroBased(displayPath, message.Span.Start.Line, message.Span.Start.Column, lineOffset),
                    "TOML: " + CleanMessage(message.Message, lineOffset),
                    duplicate ? "write each key once" : "TOML writes key = value, text in quotes, lists as [\"a\", \"b\"]");
            }

            return null;
        }

        var tree = new Translation(displayPath, lineOffset);
        var root = new YamlMappingNode();
        tree.AddKeyValues(root, document.KeyValues);
        foreach (var table in document.Tables)
        {
            var path = KeyPath(table.Name!);
            if (table is TableArraySyntax)
            {
                var list = tree.Child(root, path[..^1], table.Name!, () => new YamlMappingNode());
                var entries = (YamlSequenceNode)GetOrAdd(list, path[^1], () => tree.At(new YamlSequenceNode(), table.Name!));
                var entry = tree.At(new YamlMappingNode(), table);
                entries.Add(entry);
                tree.AddKeyValues(entry, table.Items);
            }
            else
            {
                tree.AddKeyValues(tree.Child(root, path, table.Name!, () => new YamlMappingNode()), table.Items);
            }
        }

        return new PositionedYaml(root, tree.Positions);
    }

    /// <summary>Tomlyn's message, without token internals, and with its positions counted in the file rather than the block.</summary>
    private static string CleanMessage(string message, int lineOffset)
    {
        var cleaned = TokenKind().Replace(message, "");
        cleaned = Position().Replace(cleaned, match => $"on line {int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + lineOffset}");
        return char.ToLowerInvariant(cleaned[0]) + cleaned[1..].TrimEnd('.');
    }

    [GeneratedRegex(@" \(token: `[^`]*`\)")]
    private static partial Regex TokenKind();

    [GeneratedRegex(@"at \((\d+),\d+\)")]
    private static partial Regex Position();

    private static string[] KeyPath(KeySyntax key) =>
        [KeyText(key.Key), .. key.DotKeys.Select(dotted => KeyText(dotted.Key))];

    private static string KeyText(BareKeyOrStringValueSyntax? key) => key switch
    {
        BareKeySyntax bare => bare.Key?.Text ?? "",
        StringValueSyntax quoted => quoted.Value ?? "",
        _ => "",
    };

    private static YamlNode GetOrAdd(YamlMappingNode mapping, string key, Func<YamlNode> make)
    {
        var keyNode = new YamlScalarNode(key);
        if (!mapping.Children.TryGetValue(keyNode, out var child))
        {
            child = make();
            mapping.Add(keyNode, child);
        }

        return child;
    }

    private static SyntaxToken? TokenOf(ValueSyntax value) => value switch
    {
        BooleanValueSyntax boolean => boolean.Token,
        IntegerValueSyntax integer => integer.Token,
        FloatValueSyntax number => number.Token,
        DateTimeValueSyntax dateTime => dateTime.Token,
        _ => null,
    };

    /// <summary>One translation: the nodes it makes and where each was written.</summary>
    private sealed class Translation(string displayPath, int lineOffset)
    {
        public Dictionary<YamlNode, Diagnostics.SourceSpan> Positions { get; } = new(ReferenceEqualityComparer.Instance);

        public T At<T>(T node, SyntaxNodeBase syntax)
            where T : YamlNode
        {
            Positions[node] = Diagnostics.SourceSpan.FromZeroBased(displayPath, syntax.Span.Start.Line, syntax.Span.Start.Column, lineOffset);
            return node;
        }

        /// <summary>The mapping at a dotted path (a.b.c), made on the way where missing; Tomlyn has already refused clashes.</summary>
        public YamlMappingNode Child(YamlMappingNode mapping, IEnumerable<string> path, SyntaxNodeBase syntax, Func<YamlMappingNode> make)
        {
            foreach (var key in path)
            {
                mapping = GetOrAdd(mapping, key, () => At(make(), syntax)) as YamlMappingNode ?? At(make(), syntax);
            }

            return mapping;
        }

        public void AddKeyValues(YamlMappingNode mapping, IEnumerable<KeyValueSyntax> keyValues)
        {
            foreach (var keyValue in keyValues)
            {
                var path = KeyPath(keyValue.Key!);
                var parent = Child(mapping, path[..^1], keyValue.Key!, () => new YamlMappingNode());
                parent.Add(new YamlScalarNode(path[^1]), Value(keyValue.Value!));
            }
        }

        private YamlNode Value(ValueSyntax value)
        {
            switch (value)
            {
                case StringValueSyntax text:
                    return At(new YamlScalarNode(text.Value) { Style = ScalarStyle.DoubleQuoted }, value);
                case ArraySyntax array:
                    return At(new YamlSequenceNode(array.Items.Select(item => Value(item.Value!))), value);
                case InlineTableSyntax table:
                    var mapping = At(new YamlMappingNode(), value);
                    AddKeyValues(mapping, table.Items.Select(item => item.KeyValue!));
                    return mapping;
                default:
                    // Booleans, numbers and datetimes as written, read as YAML reads an unquoted value:
                    // a TOML datetime reaches the date parser as the editor typed it.
                    return At(new YamlScalarNode(TokenOf(value)?.Text) { Style = ScalarStyle.Plain }, value);
            }
        }
    }
}
