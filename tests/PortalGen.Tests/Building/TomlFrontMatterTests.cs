using PortalGen.Tests.Support;

namespace PortalGen.Tests.Building;

/// <summary>TOML front matter between +++ lines, for editors coming from Hugo: same fields, same diagnostics.</summary>
public sealed class TomlFrontMatterTests
{
    private const string ParamsFooter = """

        -- templates/partials/footer.html --
        <footer>{{ page.params.contact }} {{ page.params.rank }} {{ page.params.featured }}</footer>

        """;

    private static IReadOnlyList<string> Lines(string frontMatter)
    {
        using var site = TestSite.Create(TestSite.Basics + $"""

            -- content/news/2020/x.md --
            +++
            {frontMatter}
            +++
            Body.

            """);
        return TestSite.Lines(site.Build());
    }

    [Test]
    public void Toml_front_matter_builds_the_same_site_as_its_yaml_twin()
    {
        using var yaml = TestSite.Create(TestSite.Basics + ParamsFooter + """
            -- content/news/2020/x.md --
            ---
            title: "NEC and Cyber Valley: \"MoU\""
            date: 2020-12-02T09:00:00+01:00
            lastmod: 2020-12-03
            author: Cyber Valley
            partners: [nec, mpi-is]
            topics: ai
            summary: They agree.
            location: Heidelberg
            draft: false
            contact: press@example.org
            rank: 3
            featured: true
            ---
            Body **text**.
            -- content/news/2020/y.md --
            ---
            title: Y
            date: 2020-12-01
            ---
            Y.

            """);
        using var toml = TestSite.Create(TestSite.Basics + ParamsFooter + """
            -- content/news/2020/x.md --
            +++
            title = 'NEC and Cyber Valley: "MoU"'
            date = 2020-12-02T09:00:00+01:00
            lastmod = "2020-12-03"
            author = "Cyber Valley"
            partners = ["nec", "mpi-is"]
            topics = "ai"
            summary = "They agree."
            location = "Heidelberg"
            draft = false # comments are fine
            contact = "press@example.org"
            rank = 3
            featured = true
            +++
            Body **text**.
            -- content/news/2020/y.md --
            +++
            title = "Y"
            date = 2020-12-01
            +++
            Y.

            """);

        yaml.BuildOk();
        toml.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(FolderSnapshot.Published(toml.Output), Is.EqualTo(FolderSnapshot.Published(yaml.Output)));

            var page = toml.Html("news/2020/x/index.html");
            Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo("NEC and Cyber Valley: \"MoU\""));
            Assert.That(page.QuerySelectorAll("footer")[^1].TextContent, Is.EqualTo("press@example.org 3 true"));
            Assert.That(page.QuerySelectorAll("a[href='/partners/mpi-is/']"), Is.Not.Empty);
        });
    }

    [Test]
    public void A_toml_syntax_error_is_reported_at_its_line_and_column()
    {
        var lines = Lines("title = \"X\"\ndate = 2020-12-02\npartners = [\"nec\"");

        Assert.That(lines, Is.EqualTo(new[]
        {
            "content/news/2020/x.md:4:18: error: TOML: unexpected token `<eof>`. Expecting a closing `]` for an array (TOML writes key = value, text in quotes, lists as [\"a\", \"b\"])",
        }));
    }

    [Test]
    public void A_key_written_twice_is_a_toml_error()
    {
        var lines = Lines("title = \"X\"\ndate = 2020-12-02\ntitle = \"Y\"");

        Assert.That(lines, Is.EqualTo(new[]
        {
            "content/news/2020/x.md:4:1: error: TOML: the key `title` is already defined on line 2 with `title = \"X\"` and cannot be redefined (write each key once)",
        }));
    }

    [Test]
    public void Wrong_types_are_reported_at_the_toml_value()
    {
        var lines = Lines("title = [\"a\", \"b\"]\ndate = 2020-12-02\ndraft = \"yes\"\nsummary = { text = \"x\" }");

        Assert.That(lines, Is.EqualTo(new[]
        {
            "content/news/2020/x.md:2:9: error: 'title' must be text, found a list (write one value; for several, join them in one text)",
            "content/news/2020/x.md:4:9: error: 'draft' must be true or false, found 'yes'",
            "content/news/2020/x.md:5:11: error: 'summary' must be text, found a set of 'key: value' pairs (a value with ': ' inside must be quoted)",
        }));
    }

    [Test]
    public void A_toml_time_without_a_date_is_not_a_valid_date()
    {
        var lines = Lines("title = \"X\"\ndate = 09:00:00");

        Assert.That(lines, Is.EqualTo(new[] { "content/news/2020/x.md:3:8: error: 'date' is not a valid date: '09:00:00' (write dates as 2020-12-02 or 2020-12-02T09:00:00+01:00)" }));
    }

    [Test]
    public void Unknown_partner_in_toml_names_the_closest_one_at_its_column()
    {
        var lines = Lines("title = \"X\"\ndate = 2020-12-02\npartners = [\"nec\", \"nex\"]");

        Assert.That(lines, Is.EqualTo(new[] { "content/news/2020/x.md:4:20: error: unknown partner 'nex' (did you mean 'nec'?)" }));
    }
}
