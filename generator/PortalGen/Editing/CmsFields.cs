using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Editing;

/// <summary>A <see cref="FrontMatterField"/> as a field of Decap CMS's form: its widget, whether required, its pattern.</summary>
internal static class CmsFields
{
    public static YamlSequenceNode Of(IEnumerable<FrontMatterField> fields, Site site) =>
        new(fields.Where(field => field.InForm).Select(field => Of(field, site)));

    private static YamlMappingNode Of(FrontMatterField field, Site site)
    {
        var entry = new YamlMappingNode
        {
            { "name", field.Name },
            { "label", field.Label },
            { "widget", Widget(field.Kind) },
        };
        switch (field.Kind)
        {
            case FieldKind.Date:
                // The build reads a date without a zone in the site's time zone; the picker shows the browser's clock.
                entry.Add("format", FrontMatterRules.EditorDateFormat);
                entry.Add("date_format", "YYYY-MM-DD");
                entry.Add("time_format", "HH:mm");
                break;
            case FieldKind.Partners:
                AddOptions(entry, site.Partners.Select(partner => (partner.Id, partner.Name)));
                break;
            case FieldKind.Topics:
                AddOptions(entry, site.Topics.Select(topic => (topic.Id, topic.Name)));
                break;
            case FieldKind.Choice:
                entry.Add("options", new YamlSequenceNode(field.Choices.Select(choice => new YamlScalarNode(choice))));
                break;
            case FieldKind.Flag:
                entry.Add("default", YamlText.Literal(field.FlagDefault));
                break;
        }

        if (field.MaxLength is { } maxLength)
        {
            entry.Add("pattern", new YamlSequenceNode($"^.{{0,{maxLength}}}$", $"At most {maxLength} characters"));
        }

        entry.Add("required", YamlText.Literal(field.Required));
        entry.Add("hint", field.Hint + (field.Kind == FieldKind.Date ? $" ({site.Settings.TimeZone.Id})" : ""));
        if (site.Settings.IsMultilingual)
        {
            entry.Add("i18n", field.Translated ? YamlText.Literal(true) : new YamlScalarNode("duplicate"));
        }

        return entry;
    }

    private static string Widget(FieldKind kind) => kind switch
    {
        FieldKind.Paragraph => "text",
        FieldKind.Date => "datetime",
        FieldKind.Partners or FieldKind.Topics or FieldKind.Choice => "select",
        FieldKind.Image => "image",
        FieldKind.Flag => "boolean",
        FieldKind.Body => "markdown",
        FieldKind.Paths => "list",
        _ => "string",
    };

    /// <summary>Registry ids as a multiple choice, each shown by its name in the site's default language.</summary>
    private static void AddOptions(YamlMappingNode entry, IEnumerable<(string Id, string Name)> options)
    {
        entry.Add("multiple", YamlText.Literal(true));
        entry.Add("options", new YamlSequenceNode(options.Select(option => new YamlMappingNode { { "label", option.Name }, { "value", option.Id } })));
    }
}
