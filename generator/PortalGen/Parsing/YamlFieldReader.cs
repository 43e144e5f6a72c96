using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using PortalGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>
/// Reads typed values out of YAML nodes for one file; every type mismatch becomes a diagnostic
/// that points at the value, and the reader returns null so the caller can go on collecting.
/// </summary>
/// <param name="positions">Where nodes made from TOML were written (see <see cref="PositionedYaml"/>); null for YAML.</param>
internal sealed class YamlFieldReader(string displayPath, int lineOffset, DiagnosticBag diagnostics, IReadOnlyDictionary<YamlNode, SourceSpan>? positions = null)
{
    /// <summary>Bounds what one file's free-form values may expand to; YAML aliases can multiply a few lines into billions of nodes.</summary>
    public const int MaxPlainValueNodes = 10_000;

    public DiagnosticBag Diagnostics => diagnostics;

    public SourceSpan SpanOf(YamlNode node) =>
        positions is not null && positions.TryGetValue(node, out var span)
            ? span
            : SourceSpan.FromYamlMark(displayPath, node.Start.Line, node.Start.Column, lineOffset);

    public SourceSpan FileStart => new(displayPath, lineOffset + 1, 1);

    /// <summary>The mapping at the root of a document, or null (with a diagnostic) for a list or a lone value.</summary>
    public YamlMappingNode? AsMapping(YamlNode node, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        diagnostics.Error(DiagnosticCodes.FrontMatterNotMapping, SpanOf(node), $"{what} must be a set of 'key: value' lines, found {Describe(node)}");
        return null;
    }

    /// <summary>
    /// Warns that a block of site.yml has no such setting (<paramref name="name"/>, as brand.acent), naming the closest
    /// known key, or else every one: "<paramref name="knownAre"/> a, b, c".
    /// </summary>
    public void UnknownSetting(string code, YamlNode keyNode, string name, string key, IReadOnlyCollection<string> known, string knownAre) =>
        diagnostics.Warning(
            code,
            SpanOf(keyNode),
            $"unknown setting '{name}' is ignored",
            ClosestMatch.Find(key, known) is { } close ? $"did you mean '{close}'?" : $"{knownAre} {string.Join(", ", known)}");

    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    public Field<string>? ReadText(YamlNode node, string key)
    {
        if (IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return new Field<string>(scalar.Value ?? "", SpanOf(node));
        }

        diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(node), $"'{key}' must be text, found {Describe(node)}", WrongTypeHint(node));
        return null;
    }

    /// <param name="code">The code of the error when it is neither: a field with a code of its own names it.</param>
    public bool? ReadBool(YamlNode node, string key, string code = DiagnosticCodes.WrongType)
    {
        if (IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { } value })
        {
            if (value.Equals("true", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (value.Equals("false", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        diagnostics.Error(code, SpanOf(node), $"'{key}' must be true or false, found {Describe(node)}");
        return null;
    }

    public int? ReadPositiveInt(YamlNode node, string key)
    {
        if (node is YamlScalarNode { Value: { } value } && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
        {
            return number;
        }

        diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(node), $"'{key}' must be a whole number above 0, found {Describe(node)}");
        return null;
    }

    /// <summary>A list of texts; a single text is taken as a list of one, as Hugo does.</summary>
    public ImmutableArray<Field<string>> ReadTextList(YamlNode node, string key)
    {
        if (IsNull(node))
        {
            return [];
        }

        if (node is YamlScalarNode { Value: { } commas } && commas.Contains(',', StringComparison.Ordinal))
        {
            // Ids and paths hold no commas, so 'partners: a, b' is a list without its brackets, not one odd id.
            diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(node), $"'{key}' must be a list such as [a, b], found {Describe(node)}", $"write '{key}: [{commas}]'");
            return [];
        }

        if (node is YamlScalarNode)
        {
            return ReadText(node, key) is { } single ? [single] : [];
        }

        if (node is not YamlSequenceNode sequence)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(node), $"'{key}' must be a list such as [a, b], found {Describe(node)}");
            return [];
        }

        // Sized for the list and handed over, not copied: two arrays per list of every release were one.
        var items = ImmutableArray.CreateBuilder<Field<string>>(sequence.Children.Count);
        foreach (var child in sequence.Children)
        {
            if (ReadText(child, key) is { } item)
            {
                items.Add(item);
            }
        }

        return items.DrainToImmutable();
    }

    /// <summary>Free-form values (params) as plain .NET values for templates: bool, long, double, string, lists, maps.</summary>
    public object? ReadPlainValue(YamlNode node, string key)
    {
        var budget = MaxPlainValueNodes;
        object? value;
        try
        {
            value = ToPlain(node, ref budget);
        }
        catch (InsufficientExecutionStackException)
        {
            budget = -1;
            value = null;
        }

        if (budget >= 0)
        {
            return value;
        }

        diagnostics.Error(DiagnosticCodes.WrongType, SpanOf(node), $"'{key}' expands to more than {MaxPlainValueNodes} values", "YAML aliases (*name) that repeat large blocks are not supported here");
        return null;
    }

    private static object? ToPlain(YamlNode node, ref int budget)
    {
        if (--budget < 0)
        {
            return null;
        }

        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (node)
        {
            case YamlSequenceNode sequence:
                var list = new List<object?>(sequence.Children.Count);
                foreach (var child in sequence.Children)
                {
                    list.Add(ToPlain(child, ref budget));
                }

                return list;
            case YamlMappingNode mapping:
                var map = new SortedDictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (childKey, childValue) in mapping.Children)
                {
                    map[(childKey as YamlScalarNode)?.Value ?? ""] = ToPlain(childValue, ref budget);
                }

                return map;
            case YamlScalarNode scalar when IsNull(scalar):
                return null;
            case YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: { } value }:
                return PlainScalar(value);
            case YamlScalarNode scalar:
                return scalar.Value;
            default:
                return null;
        }
    }

    private static object PlainScalar(string value)
    {
        if (value is "true" or "True" or "TRUE")
        {
            return true;
        }

        if (value is "false" or "False" or "FALSE")
        {
            return false;
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : value;
    }

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a set of 'key: value' pairs",
        YamlScalarNode scalar when IsNull(scalar) => "nothing",
        YamlScalarNode { Value: { } value } => $"'{(value.Length > 40 ? value[..40] + "…" : value)}'",
        _ => "an unknown kind of value",
    };

    private static string? WrongTypeHint(YamlNode node) => node switch
    {
        YamlSequenceNode => "write one value; for several, join them in one text",
        YamlMappingNode => "a value with ': ' inside must be quoted",
        _ => null,
    };
}
