using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>Reads partners.yml and topics.yml: lists of entries with unique, URL-safe ids.</summary>
internal static partial class RegistryReader
{
    /// <summary>What an id may be: it becomes a URL (/partners/ID/). The web editor's form checks the same pattern.</summary>
    public const string IdRule = "^[a-z0-9]+(?:-[a-z0-9]+)*$";

    public static ImmutableArray<Partner> ReadPartners(SourceFile? file, DiagnosticBag diagnostics, SiteSettings? settings) =>
        ReadEntries(file, diagnostics, "partner", (entry, fields, id, span) =>
        {
            var name = Required(entry, fields, "name", span, settings);
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

            if (name?.Default is not { } defaultName)
            {
                return null;
            }

            var shortName = TranslatedText.Read(entry, fields, "short", settings);
            var description = TranslatedText.Read(entry, fields, "description", settings);
            var boilerplate = PartnerBoilerplate.Read(entry, fields, settings);
            var logo = Link(entry, fields, "logo");
            return new Partner(
                id,
                defaultName,
                shortName.Default ?? defaultName,
                kind,
                Link(entry, fields, "url")?.Value,
                logo?.Value,
                Text(entry, fields, "location")?.Value,
                description.Default,
                span)
            {
                LogoSpan = logo?.Span ?? span,
                Boilerplate = boilerplate.In(settings?.DefaultLanguage ?? ""),
                // Without a short name of its own, a language shortens to its own name, not to the default language's short name.
                Translations = Translations(settings, language => new RegistryTexts(
                    name.In(language)!,
                    shortName.In(language) ?? name.In(language)!,
                    description.In(language))
                {
                    Boilerplate = boilerplate.In(language),
                }),
            };
        });

    public static ImmutableArray<Topic> ReadTopics(SourceFile? file, DiagnosticBag diagnostics, SiteSettings? settings) =>
        ReadEntries(file, diagnostics, "topic", (entry, fields, id, span) =>
        {
            if (Required(entry, fields, "name", span, settings) is not { Default: { } defaultName } name)
            {
                return null;
            }

            var description = TranslatedText.Read(entry, fields, "description", settings);
            return new Topic(id, defaultName, description.Default, span)
            {
                Translations = Translations(settings, language => new RegistryTexts(name.In(language)!, name.In(language)!, description.In(language))),
            };
        });

    /// <summary>The texts of every language but the default; each text a language lacks is the default language's.</summary>
    private static ImmutableSortedDictionary<string, RegistryTexts> Translations(SiteSettings? settings, Func<string, RegistryTexts> textsIn) =>
        (settings?.Languages ?? [])
            .Where(language => language.Code != settings!.DefaultLanguage)
            .ToImmutableSortedDictionary(language => language.Code, language => textsIn(language.Code), StringComparer.Ordinal);

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
        if (root is null || EntryList(root, file, what, fields) is not { } list)
        {
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

            if (Slugs.IsDeviceName(id))
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

    /// <summary>
    /// The file's list of entries: the document itself, or the one list under a key naming it (<c>partners:</c>), the
    /// form Decap CMS's file collections edit, since they cannot hold a list at a file's top level.
    /// </summary>
    private static YamlSequenceNode? EntryList(YamlNode root, SourceFile file, string what, YamlFieldReader fields)
    {
        var listKey = what + "s";
        var list = root;
        if (root is YamlMappingNode { Children.Count: > 0 } mapping)
        {
            var other = mapping.Children.Keys.FirstOrDefault(key => key is not YamlScalarNode { Value: var name } || name != listKey);
            if (other is not null)
            {
                fields.Diagnostics.Error(
                    DiagnosticCodes.RegistryEntryInvalid,
                    fields.SpanOf(other),
                    $"{file.RelativePath} may hold only the key '{listKey}', found {(other is YamlScalarNode { Value: var found } ? $"'{found}'" : "a key that is not text")}",
                    $"write the {what}s as a list under '{listKey}:', each starting with '- id:'");
                return null;
            }

            list = mapping.Children.Values.Single();
        }

        if (YamlFieldReader.IsNull(list))
        {
            return [];
        }

        if (list is YamlSequenceNode entries)
        {
            return entries;
        }

        fields.Diagnostics.Error(DiagnosticCodes.RegistryEntryInvalid, fields.SpanOf(list), $"{file.RelativePath} must be a list of {what}s, each starting with '- id:'");
        return null;
    }

    private static Field<string>? Text(YamlMappingNode entry, YamlFieldReader fields, string key) =>
        entry.Children.TryGetValue(new YamlScalarNode(key), out var value) ? fields.ReadText(value, key) : null;

    /// <summary>A website or logo becomes a live href or src: one that would run code is refused, not printed.</summary>
    private static Field<string>? Link(YamlMappingNode entry, YamlFieldReader fields, string key)
    {
        if (Text(entry, fields, key) is not { } link)
        {
            return null;
        }

        if (LinkSchemes.IsSafe(link.Value))
        {
            return link;
        }

        fields.Diagnostics.Error(DiagnosticCodes.RegistryEntryInvalid, link.Span, $"'{key}' may not be a '{LinkSchemes.SchemeOf(link.Value)}:' address", "write an https address or a path such as /logos/nec.svg");
        return null;
    }

    private static string? Required(YamlMappingNode entry, YamlFieldReader fields, string key, SourceSpan span) =>
        Required(entry, fields, key, span, null)?.Default;

    private static TranslatedText? Required(YamlMappingNode entry, YamlFieldReader fields, string key, SourceSpan span, SiteSettings? settings)
    {
        var value = TranslatedText.Read(entry, fields, key, settings);
        if (!string.IsNullOrWhiteSpace(value.Default))
        {
            return value;
        }

        entry.Children.TryGetValue(new YamlScalarNode(key), out var written);
        if (written is YamlMappingNode && settings is not null)
        {
            // The map was read and its missing default-language text reported.
            return null;
        }

        var at = written is YamlScalarNode && !YamlFieldReader.IsNull(written) ? fields.SpanOf(written) : span;
        fields.Diagnostics.Error(DiagnosticCodes.RegistryEntryInvalid, at, $"this entry has no '{key}'");
        return null;
    }

    [GeneratedRegex(IdRule)]
    private static partial Regex IdPattern();
}
