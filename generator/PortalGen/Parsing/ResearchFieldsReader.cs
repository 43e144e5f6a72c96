using System.Collections.Immutable;
using System.Globalization;
using PortalGen.Diagnostics;
using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>Reads the front matter keys of a release about research: <c>doi</c>, <c>publication</c> and <c>funders</c>.</summary>
internal static class ResearchFieldsReader
{
    public static ResearchFields Read(ResearchFields read, YamlFieldReader fields, string key, YamlNode value) => key switch
    {
        "doi" => read with { Doi = Doi(fields, value, key) },
        "publication" => read with { Publication = Publication(fields, value, key) },
        _ => read with { Funders = Funders(fields, value, key) },
    };

    private static string? Doi(YamlFieldReader fields, YamlNode value, string key)
    {
        if (fields.ReadText(value, key) is not { } text)
        {
            return null;
        }

        if (DoiText.Normalise(text.Value) is { } doi)
        {
            return doi;
        }

        fields.Diagnostics.Error(DiagnosticCodes.InvalidDoi, text.Span, $"'{key}' is not a DOI: '{text.Value}'", DoiText.Hint);
        return null;
    }

    private static Publication? Publication(YamlFieldReader fields, YamlNode value, string key)
    {
        if (YamlFieldReader.IsNull(value))
        {
            return null;
        }

        if (value is not YamlMappingNode map)
        {
            fields.Diagnostics.Error(DiagnosticCodes.WrongType, fields.SpanOf(value), $"'{key}' must be a set of 'key: value' pairs, found {YamlFieldReader.Describe(value)}", "write 'publication: {title: ..., journal: ..., date: 2023-05-04}'");
            return null;
        }

        var title = Text(fields, map, "title", key);
        if (title is null)
        {
            fields.Diagnostics.Error(DiagnosticCodes.MissingField, fields.SpanOf(value), $"'{key}' has no 'title'", "the paper's title is what the citation shows");
            return null;
        }

        return new Publication(title.Value.Value, Text(fields, map, "journal", key)?.Value, Date(fields, Text(fields, map, "date", key), key));
    }

    private static string? Date(YamlFieldReader fields, Field<string>? text, string key)
    {
        if (text is not { } date)
        {
            return null;
        }

        if (PublishDateParser.Parse(date.Value, TimeZoneInfo.Utc, out _) is { } parsed)
        {
            return parsed.Instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        fields.Diagnostics.Error(DiagnosticCodes.InvalidDate, date.Span, $"'{key}.date' is not a valid date: '{date.Value}'", PublishDateParser.Hint);
        return null;
    }

    private static ImmutableArray<FunderReference> Funders(YamlFieldReader fields, YamlNode value, string key)
    {
        if (value is not YamlSequenceNode list)
        {
            return [.. fields.ReadTextList(value, key).Select(id => new FunderReference(id, null))];
        }

        var funders = ImmutableArray.CreateBuilder<FunderReference>(list.Children.Count);
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode entry)
            {
                if (fields.ReadText(item, key) is { } id)
                {
                    funders.Add(new FunderReference(id, null));
                }

                continue;
            }

            if (Text(fields, entry, "id", key) is { } funder)
            {
                funders.Add(new FunderReference(funder, Text(fields, entry, "grant", key)?.Value));
                continue;
            }

            fields.Diagnostics.Error(DiagnosticCodes.MissingField, fields.SpanOf(item), $"this entry of '{key}' has no 'id'", "write '{id: dfg, grant: \"EXC 2064/1\"}' or the id alone");
        }

        return funders.DrainToImmutable();
    }

    private static Field<string>? Text(YamlFieldReader fields, YamlMappingNode map, string name, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var value) ? fields.ReadText(value, $"{key}.{name}") : null;
}
