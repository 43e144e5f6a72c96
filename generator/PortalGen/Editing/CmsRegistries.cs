using PortalGen.Model;
using PortalGen.Parsing;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Editing;

/// <summary>
/// The registries as one Decap CMS file collection: each file's list under the key that names it
/// (<c>partners:</c>), the form the build reads beside a top-level list, since Decap cannot edit a top-level list.
/// Names and descriptions written per language (<c>{en: …, de: …}</c>) are kept as they are unless edited.
/// </summary>
internal static class CmsRegistries
{
    public static YamlMappingNode Collection(Site site)
    {
        var partnerOptions = new YamlSequenceNode(site.Partners.Select(partner => new YamlMappingNode { { "label", partner.Name }, { "value", partner.Id } }));
        var files = new YamlSequenceNode(
            File("partners", "Partners", "Partner", Id(), Text("name", "Name", required: true), Text("short", "Short name"), Kind(), Text("url", "Website"), Image("logo", "Logo"), Text("location", "Location"), Paragraph("description", "Description"), Boilerplate()),
            File("topics", "Topics", "Topic", Id(), Text("name", "Name", required: true), Paragraph("description", "Description")));
        if (!site.Contacts.All.IsEmpty)
        {
            files.Add(File(
                "contacts",
                "Press contacts",
                "Press contact",
                Id(),
                Text("name", "Name", required: true),
                Text("role", "Role"),
                new YamlMappingNode { { "name", "organisation" }, { "label", "Organisation" }, { "widget", "select" }, { "options", partnerOptions } },
                Text("email", "Email", required: true),
                Text("phone", "Phone", required: true),
                Image("photo", "Photo")));
        }

        if (!site.Funders.IsEmpty)
        {
            files.Add(File("funders", "Funders", "Funder", Id(), Text("name", "Name", required: true), Text("url", "Website")));
        }

        return new YamlMappingNode
        {
            { "name", "registries" },
            { "label", "Partners, topics and contacts" },
            { "editor", new YamlMappingNode { { "preview", YamlText.Literal(false) } } },
            { "files", files },
        };
    }

    private static YamlMappingNode File(string key, string label, string singular, params YamlMappingNode[] fields) => new()
    {
        { "name", key },
        { "label", label },
        { "file", $"{CmsConfig.ContentFolder}/{key}.yml" },
        {
            "fields", new YamlSequenceNode(new YamlMappingNode
            {
                { "name", key },
                { "label", label },
                { "label_singular", singular },
                { "widget", "list" },
                { "summary", "{{fields.id}}" },
                { "fields", new YamlSequenceNode(fields) },
            })
        },
    };

    private static YamlMappingNode Id() => new()
    {
        { "name", "id" },
        { "label", "Id" },
        { "widget", "string" },
        { "pattern", new YamlSequenceNode(RegistryReader.IdRule, "Lowercase letters, digits and hyphens") },
        { "hint", "Releases name it; it becomes the page's address, so keep it once published" },
    };

    private static YamlMappingNode Text(string name, string label, bool required = false) =>
        new() { { "name", name }, { "label", label }, { "widget", "string" }, { "required", YamlText.Literal(required) } };

    private static YamlMappingNode Paragraph(string name, string label) =>
        new() { { "name", name }, { "label", label }, { "widget", "text" }, { "required", YamlText.Literal(false) } };

    // A textarea, not Decap's markdown widget: the sample's boilerplates are written per language, and a field the
    // config leaves out is dropped from the file when an editor saves the list.
    private static YamlMappingNode Boilerplate() => new()
    {
        { "name", "boilerplate" },
        { "label", "Boilerplate" },
        { "widget", "text" },
        { "required", YamlText.Literal(false) },
        { "hint", "Markdown: the \"About\" paragraph printed after each release that names the partner" },
    };

    private static YamlMappingNode Image(string name, string label) =>
        new() { { "name", name }, { "label", label }, { "widget", "image" }, { "required", YamlText.Literal(false) } };

    private static YamlMappingNode Kind() => new()
    {
        { "name", "kind" },
        { "label", "Kind" },
        { "widget", "select" },
        { "options", new YamlSequenceNode(Enum.GetNames<PartnerKind>().Select(kind => new YamlScalarNode(kind.ToLowerInvariant()))) },
    };
}
