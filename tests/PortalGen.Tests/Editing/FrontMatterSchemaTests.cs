using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Editing;

/// <summary>schema/front-matter.json, checked by a real validator (JsonSchema.Net) against front matter as editors write it.</summary>
public sealed class FrontMatterSchemaTests
{
    [Test]
    public void A_release_the_build_accepts_is_valid()
    {
        var result = Validate("""{"title": "NEC and MPI-IS open a lab", "date": "2020-12-02T09:00:00+01:00", "partners": ["nec", "mpi-is"], "topics": "ai", "boilerplates": false, "draft": false, "my_own_key": 3}""");

        Assert.That(result.IsValid, Is.True, () => string.Join("\n", Errors(result)));
    }

    [TestCase("""{"title": "X", "date": "2020-12-02", "partners": ["nex"]}""", TestName = "An unknown partner id is invalid")]
    [TestCase("""{"title": "X", "date": "2020-12-02", "topics": ["robots"]}""", TestName = "An unknown topic id is invalid")]
    [TestCase("""{"title": "X"}""", TestName = "A release without a date is invalid")]
    [TestCase("""{"title": "X", "date": "2020-12-02", "boilerplates": "no"}""", TestName = "Boilerplates that is no flag is invalid")]
    [TestCase("""{"title": "X", "date": "2.12.2020"}""", TestName = "A date the build cannot read is invalid")]
    [TestCase("""{"title": "X", "date": "2020-12-02", "slug": "Not A Slug"}""", TestName = "A slug the build refuses is invalid")]
    public void Front_matter_the_build_refuses_is_invalid(string frontMatter) =>
        Assert.That(Validate(frontMatter).IsValid, Is.False);

    [Test]
    public void A_title_longer_than_the_build_allows_is_invalid() =>
        Assert.That(Validate($$"""{"title": "{{new string('x', 251)}}", "date": "2020-12-02"}""").IsValid, Is.False);

    [Test]
    public void The_partners_are_named_in_the_default_language()
    {
        var schema = JsonNode.Parse(SchemaText.Value)!;
        var partners = schema["$defs"]!["partner"]!["oneOf"]!.AsArray().Select(entry => $"{entry!["const"]}={entry["description"]}");

        Assert.That(partners, Is.EqualTo(new[] { "nec=NEC Laboratories Europe", "mpi-is=Max Planck Institute for Intelligent Systems" }));
    }

    [Test]
    public void The_schema_command_prints_what_the_build_publishes()
    {
        using var site = TestSite.Create(EditorSites.Bilingual);
        site.BuildOk();
        var command = PortalGenCommand.Run(PortalGenCommand.SiteArguments(site, "schema"));

        Assert.Multiple(() =>
        {
            Assert.That(command.ExitCode, Is.EqualTo(0), command.Error);
            Assert.That(command.Output, Is.EqualTo(site.Read("schema/front-matter.json")));
        });
    }

    /// <summary>Built once: the validator's registry refuses a second schema with the same $id.</summary>
    private static readonly Lazy<string> SchemaText = new(Schema);

    private static readonly Lazy<JsonSchema> Validator = new(() => JsonSchema.FromText(SchemaText.Value));

    private static EvaluationResults Validate(string frontMatter)
    {
        using var instance = JsonDocument.Parse(frontMatter);
        return Validator.Value.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Schema()
    {
        using var site = TestSite.Create(EditorSites.Bilingual);
        site.BuildOk();
        return site.Read("schema/front-matter.json");
    }

    private static IEnumerable<string> Errors(EvaluationResults result) =>
        (result.Details ?? []).Where(detail => detail.Errors is not null).SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation}: {error.Value}"));
}
