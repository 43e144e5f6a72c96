using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>Reads partners.yml and topics.yml: lists of entries with unique, URL-safe ids.</summary>
public static partial class RegistryReader
{
    public static ImmutableArray<Partner> ReadPartners(SourceFile? file, DiagnosticBag diagnostics) =>
        ReadEntries(file, diagnostics, "partner", (entry, fields, id, span) =>
        {
            var name = Required(entry, fields, "name", span);
            var kindText = Text(entry, fields, "kind");
            PartnerKind kind = PartnerKind.Science;
            if (kindText is null || !Enum.TryParse(kindText.Value.Value, ignoreCase: true, out kind) || !Enum.IsDefined(kind))
            {
                fields.Diagnostics.Error(
                    DiagnosticCodes.RegistryEntryInvalid,
                    kindText?.Span ?? span,
                    $"partner '{id}' needs a 'kind' of science, industry, foundation or public{(kindText is null ? "" : $", found '{kindText.Value.Value}'")}");
                return null;
            }

            return name is null ? null : new Partner(
                id,
                name,
                Text(entry, fields, "short")?.Value ?? name,
                kind,
                Link(entry, fields, "url"),
                Link(entry, fields, "logo"),
                Text(entry, fields, "location")?.Value,
                Text(entry, fields, "description")?.Value,
                span);
        });

    public static ImmutableArray<Topic> ReadTopics(SourceFile? file, DiagnosticBag diagnostics) =>
        ReadEntries(file, diagnostics, "topic", (entry, fields, id, span) =>
            Required(entry, fields, "name", span) is { } name
                ? new Topic(id, name, Text(entry, fields, "description")?.Value, span)
                : null);

    private static ImmutableArray<T> ReadEntries<T>(
        SourceFile? file,
        DiagnosticBag diagnostics,
        string what,
        Func<YamlMappingNode, YamlFieldReader, string, SourceSpan, T?> readEntry)
        where T : class
    {
        if (file is null)
        {
            return [];
        }

        var root = YamlDocumentLoader.Load(file.Text, file.DisplayPath, 0, diagnostics);
        var fields = new YamlFieldReader(file.DisplayPath, 0, diagnostics);
        if (root is null || (YamlFieldReader.IsNull(root) ? new YamlSequenceNode() : root) is not YamlSequenceNode list)
        {
            if (root is not null)
            {
                diagnostics.Error(DiagnosticCodes.RegistryEntryInvalid, fields.SpanOf(root), $"{file.RelativePath} must be a list of {what}s, each starting with '- id:'");
            }

            return [];
        }

        var entries = ImmutableArray.CreateBuilder<T>();
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            var span = fields.SpanOf(node);
            if (node is not YamlMappingNode entry)
            {
                diagnostics.Error(DiagnosticCodes.RegistryEntryInvalid, span, $"each {what} must be a set of 'key: value' lines starting with '- id:'");
                continue;
            }

            if (Required(entry, fields, "id", span) is not { } id)
            {
                continue;
            }

            if (!IdPattern().IsMatch(id))
            {
                diagnostics.Error(DiagnosticCodes.RegistryEntryInvalid, span, $"{what} id '{id}' may hold only lowercase letters, digits and hyphens", "ids become URLs: /partners/ID/");
                continue;
            }

            if (Validation.Slugs.IsDeviceName(id))
            {
                diagnostics.Error(DiagnosticCodes.RegistryEntryInvalid, span, $"{what} id '{id}' is a device name on Windows, where its pages could not be written", $"use '{id}-{what}' or another id");
                continue;
            }

            if (seen.TryGetValue(id, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateRegistryId, span, $"{what} id '{id}' is already used at line {first.Line}");
                continue;
            }

            seen[id] = span;
            if (readEntry(entry, fields, id, span) is { } value)
            {
                entries.Add(value);
            }
        }

        return entries.ToImmutable();
    }

    private static Field<string>? Text(YamlMappingNode entry, YamlFieldReader fields, string key) =>
        entry.Children.TryGetValue(new YamlScalarNode(key), out var value) ? fields.ReadText(value, key) : null;

    /// <summary>A website or logo becomes a live href or src: one that would run code is refused, not printed.</summary>
    private static string? Link(YamlMappingNode entry, YamlFieldReader fields, string key)
    {
        if (Text(entry, fields, key) is not { } link || LinkSchemes.IsSafe(link.Value))
        {
            return Text(entry, fields, key)?.Value;
        }

        fields.Diagnostics.Error(DiagnosticCodes.RegistryEntryInvalid, link.Span, $"'{key}' may not be a '{LinkSchemes.SchemeOf(link.Value)}:' address", "write an https address or a path such as /logos/nec.svg");
        return null;
    }

    private static string? Required(YamlMappingNode entry, YamlFieldReader fields, string key, SourceSpan span)
    {
        var value = Text(entry, fields, key);
        if (value is { } present && !string.IsNullOrWhiteSpace(present.Value))
        {
            return present.Value.Trim();
        }

        fields.Diagnostics.Error(DiagnosticCodes.RegistryEntryInvalid, value?.Span ?? span, $"this entry has no '{key}'");
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
