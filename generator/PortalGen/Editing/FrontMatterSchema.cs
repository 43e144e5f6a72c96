using System.Buffers;
using System.Text.Json;
using PortalGen.Artifacts;
using PortalGen.Model;

namespace PortalGen.Editing;

/// <summary>
/// The JSON Schema (2020-12) of a release's front matter, made from <see cref="FrontMatterFields.Release"/> and the
/// registries: the same required fields, limits and patterns the build checks, partner and topic ids as choices
/// named in the site's default language. Keys the build does not know stay allowed (templates read them as params).
/// </summary>
internal static class FrontMatterSchema
{
    public const string OutputFile = "schema/front-matter.json";

    public static void Write(Site site, IBufferWriter<byte> output) => JsonArtifact.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteString("$schema", "https://json-schema.org/draft/2020-12/schema");
        json.WriteString("$id", site.Urls.Permalink(OutputFile));
        json.WriteString("title", $"Front matter of a press release of {site.Settings.Title}");
        json.WriteString("type", "object");
        json.WriteStartArray("required");
        foreach (var field in FrontMatterFields.Release.Where(field => field.Required))
        {
            json.WriteStringValue(field.Name);
        }

        json.WriteEndArray();
        json.WriteStartObject("properties");
        foreach (var field in FrontMatterFields.Release.Where(field => field.Kind != FieldKind.Body))
        {
            json.WriteStartObject(field.Name);
            json.WriteString("title", field.Label);
            json.WriteString("description", field.Hint);
            WriteType(json, field);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("$defs");
        WriteRegistry(json, "partner", site.Partners.Select(partner => (partner.Id, partner.Name)));
        WriteRegistry(json, "topic", site.Topics.Select(topic => (topic.Id, topic.Name)));
        json.WriteEndObject();
        json.WriteEndObject();
    });

    private static void WriteType(Utf8JsonWriter json, FrontMatterField field)
    {
        switch (field.Kind)
        {
            case FieldKind.Flag:
                json.WriteString("type", "boolean");
                if (field.FlagDefault)
                {
                    json.WriteBoolean("default", true);
                }

                break;
            case FieldKind.Partners:
                WriteIds(json, "partner");
                break;
            case FieldKind.Topics:
                WriteIds(json, "topic");
                break;
            case FieldKind.Paths:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                json.WriteEndObject();
                break;
            default:
                json.WriteString("type", "string");
                WriteTextRules(json, field);
                break;
        }
    }

    private static void WriteTextRules(Utf8JsonWriter json, FrontMatterField field)
    {
        if (field.Required)
        {
            json.WriteNumber("minLength", 1);
        }

        if (field.MaxLength is { } maxLength)
        {
            json.WriteNumber("maxLength", maxLength);
        }

        if (field.Kind == FieldKind.Date)
        {
            json.WriteString("pattern", FrontMatterRules.DatePattern);
        }
        else if (field.Kind == FieldKind.Slug)
        {
            json.WriteString("pattern", FrontMatterRules.SlugPattern);
        }
        else if (field.Kind == FieldKind.Choice)
        {
            json.WriteStartArray("enum");
            foreach (var choice in field.Choices)
            {
                json.WriteStringValue(choice);
            }

            json.WriteEndArray();
        }
    }

    /// <summary>A list of the ids of one registry; one id alone is read as a list of one, as the build does.</summary>
    private static void WriteIds(Utf8JsonWriter json, string registry)
    {
        json.WriteStartArray("anyOf");
        json.WriteStartObject();
        json.WriteString("type", "array");
        json.WriteBoolean("uniqueItems", true);
        json.WriteStartObject("items");
        json.WriteString("$ref", $"#/$defs/{registry}");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("$ref", $"#/$defs/{registry}");
        json.WriteEndObject();
        json.WriteEndArray();
    }

    /// <summary>
    /// A registry's ids, each a <c>const</c> with its name (in the default language) as the description, which editors'
    /// YAML tools show beside the id they complete.
    /// </summary>
    private static void WriteRegistry(Utf8JsonWriter json, string registry, IEnumerable<(string Id, string Name)> entries)
    {
        json.WriteStartObject(registry);
        json.WriteStartArray("oneOf");
        foreach (var (id, name) in entries)
        {
            json.WriteStartObject();
            json.WriteString("const", id);
            json.WriteString("description", name);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
