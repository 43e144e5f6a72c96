using System.Text;
using PortalGen.BrowserTests.Support;
using PortalGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Tests.Editing;

/// <summary>admin/config.yml, Decap CMS's configuration, as a build writes it from site.yml and the registries.</summary>
public sealed class CmsConfigTests
{
    private const string GoldenFile = "bilingual-config.yml";

    [Test]
    public void The_config_of_a_bilingual_site_is_the_golden_file_byte_for_byte()
    {
        using var site = TestSite.Create(EditorSites.Bilingual);
        site.BuildOk();
        var written = site.Read("admin/config.yml");
        if (Environment.GetEnvironmentVariable("PORTALGEN_UPDATE_EXPECTED") == "1")
        {
            File.WriteAllText(GoldenPath(), written, new UTF8Encoding(false));
        }

        Assert.That(
            written,
            Is.EqualTo(File.ReadAllText(GoldenPath())),
            $"admin/config.yml changed; if the change is meant, run the tests with PORTALGEN_UPDATE_EXPECTED=1 and review the diff of tests/PortalGen.Tests/Editing/{GoldenFile}");
    }

    [Test]
    public void Partners_are_offered_by_their_default_language_names_in_the_registrys_order_and_saved_by_id()
    {
        var partners = Field(ReleaseFields(Config(EditorSites.Bilingual)), "partners");
        var options = ((YamlSequenceNode)partners["options"]).Children.Cast<YamlMappingNode>()
            .Select(option => $"{option["value"]}={option["label"]}");

        Assert.Multiple(() =>
        {
            Assert.That(partners["widget"].ToString(), Is.EqualTo("select"));
            Assert.That(partners["multiple"].ToString(), Is.EqualTo("true"));
            Assert.That(options, Is.EqualTo(new[] { "nec=NEC Laboratories Europe", "mpi-is=Max Planck Institute for Intelligent Systems" }));
        });
    }

    [Test]
    public void The_form_asks_for_the_fields_in_the_order_editors_expect_with_the_builds_title_limit()
    {
        var fields = ReleaseFields(Config(EditorSites.Bilingual));
        var names = fields.Children.Cast<YamlMappingNode>().Select(field => field["name"].ToString());
        var title = Field(fields, "title");

        Assert.Multiple(() =>
        {
            Assert.That(names, Is.EqualTo(new[] { "title", "date", "summary", "partners", "topics", "location", "author", "image", "image_alt", "image_credit", "boilerplates", "draft", "embargo", "body" }));
            Assert.That(((YamlSequenceNode)title["pattern"])[0].ToString(), Is.EqualTo("^.{0,250}$"));
            Assert.That(title["required"].ToString(), Is.EqualTo("true"));
            Assert.That(Field(fields, "date")["format"].ToString(), Is.EqualTo("YYYY-MM-DD HH:mm"));
        });
    }

    [Test]
    public void Releases_are_saved_where_the_build_reads_them_with_the_repository_from_site_yml()
    {
        var config = Config(EditorSites.Bilingual);
        var news = Collection(config, "news");
        var backend = (YamlMappingNode)config["backend"];
        var i18n = (YamlMappingNode)config["i18n"];

        Assert.Multiple(() =>
        {
            Assert.That(news["folder"].ToString(), Is.EqualTo("content/news"));
            Assert.That(news["path"].ToString(), Is.EqualTo("{{year}}/{{slug}}"));
            Assert.That($"{backend["name"]} {backend["repo"]} {backend["branch"]}", Is.EqualTo("github consortium/news main"));
            Assert.That(config["publish_mode"].ToString(), Is.EqualTo("editorial_workflow"));
            Assert.That(config["local_backend"].ToString(), Is.EqualTo("true"));
            Assert.That(i18n["structure"].ToString(), Is.EqualTo("multiple_files"));
            Assert.That(((YamlSequenceNode)i18n["locales"]).Children.Select(locale => locale.ToString()), Is.EqualTo(new[] { "en", "de" }));
        });
    }

    [Test]
    public void A_single_language_site_has_no_i18n()
    {
        var config = Config(TestSite.Basics + EditorSites.EditorOn);

        Assert.Multiple(() =>
        {
            Assert.That(config.Children.ContainsKey("i18n"), Is.False);
            Assert.That(Field(ReleaseFields(config), "title").Children.ContainsKey("i18n"), Is.False);
        });
    }

    [Test]
    public void A_site_without_the_editor_publishes_no_admin_folder_nor_schema()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        site.BuildOk();

        Assert.That(site.OutputPaths.Where(path => path.StartsWith("admin/", StringComparison.Ordinal) || path.StartsWith("schema/", StringComparison.Ordinal)), Is.Empty);
    }

    internal static YamlMappingNode Config(string txtar)
    {
        using var site = TestSite.Create(txtar);
        site.BuildOk();
        var yaml = new YamlStream();
        yaml.Load(new StringReader(site.Read("admin/config.yml")));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Collection(YamlMappingNode config, string name) =>
        ((YamlSequenceNode)config["collections"]).Children.Cast<YamlMappingNode>().Single(collection => collection["name"].ToString() == name);

    private static YamlSequenceNode ReleaseFields(YamlMappingNode config) => (YamlSequenceNode)Collection(config, "news")["fields"];

    private static YamlMappingNode Field(YamlSequenceNode fields, string name) =>
        fields.Children.Cast<YamlMappingNode>().Single(field => field["name"].ToString() == name);

    // From the clone's root, not [CallerFilePath]: a CI build maps source paths to /_/ (ContinuousIntegrationBuild).
    private static string GoldenPath() => Path.Combine(RepositoryRoot.Path, "tests", "PortalGen.Tests", "Editing", GoldenFile);
}
