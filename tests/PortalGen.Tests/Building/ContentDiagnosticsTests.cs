using System.Text;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Building;

/// <summary>Every editor mistake ends in one line: file, line, column, what is wrong, and a hint.</summary>
public sealed class ContentDiagnosticsTests
{
    private static IReadOnlyList<string> BuildLines(string files, out BuildResult result)
    {
        using var site = TestSite.Create(TestSite.Basics + files);
        result = site.Build();
        return TestSite.Lines(result);
    }

    private static IReadOnlyList<string> ErrorsOf(string files)
    {
        var lines = BuildLines(files, out var result);
        Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.ContentErrors), () => string.Join("\n", lines));
        return lines;
    }

    [Test]
    public void Missing_title_is_reported_at_the_front_matter()
    {
        var lines = ErrorsOf(Release.File("2020/x.md", "date: 2020-12-02"));

        Assert.That(lines, Is.EqualTo(new[]
        {
            "content/news/2020/x.md:1:1: error: the file has no 'title' (add a line such as 'title: \"NEC and Cyber Valley sign MoU\"' to the front matter)",
        }));
    }

    [Test]
    public void A_bad_base_url_given_as_an_option_is_blamed_on_the_option()
    {
        using var site = TestSite.Create(TestSite.OneRelease);

        var result = site.Build(options => options with { BaseUrl = "news.example.org" });

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
            {
                "--base-url: error: --base-url must be an absolute http or https address, found 'news.example.org' (for example https://news.example.org/ or https://example.org/portal/)",
            }));
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.UnusableInput));
        });
    }

    [Test]
    public void Empty_title_counts_as_missing()
    {
        var lines = ErrorsOf(Release.File("2020/x.md", "title:\ndate: 2020-12-02"));

        Assert.That(lines.Single(), Does.StartWith("content/news/2020/x.md:1:1: error: the file has no 'title'"));
    }

    [Test]
    public void Missing_date_is_reported_at_the_front_matter()
    {
        var lines = ErrorsOf(Release.File("2020/x.md", "title: X"));

        Assert.That(lines, Is.EqualTo(new[] { "content/news/2020/x.md:1:1: error: the release has no 'date' (add a line such as 'date: 2020-12-02' to the front matter)" }));
    }

    [Test]
    public void Unknown_partner_id_names_the_closest_one()
    {
        var lines = ErrorsOf(Release.File("2020/x.md", "title: X\ndate: 2020-12-02\npartners: [mpi-is, nex]"));

        Assert.That(lines, Is.EqualTo(new[] { "content/news/2020/x.md:4:20: error: unknown partner 'nex' (did you mean 'nec'?)" }));
    }

    [TestCase("partners: [NEC Labs]", "4:12: error: unknown partner 'NEC Labs' (a release names a partner by its id: 'nec' for NEC Laboratories Europe)")]
    [TestCase("partners: [max planck]", "4:12: error: unknown partner 'max planck' (a release names a partner by its id: 'mpi-is' for Max Planck Institute for Intelligent Systems)")]
    [TestCase("partners: [University of Tübingen]", "4:12: error: unknown partner 'University of Tübingen' (a release names a partner by its id: 'uni-tuebingen' for University of Tübingen)")]
    [TestCase("topics: [Artificial Intelligence]", "4:10: error: unknown topic 'Artificial Intelligence' (a release names a topic by its id: 'ai' for Artificial intelligence)")]
    [TestCase("partners: [Fraunhofer]", "4:12: error: unknown partner 'Fraunhofer' (the ids are listed in partners.yml)")]
    public void A_partner_or_topic_named_by_its_name_is_answered_with_its_id(string line, string error)
    {
        var lines = ErrorsOf(Release.File("2020/x.md", "title: X\ndate: 2020-12-02\n" + line));

        Assert.That(lines, Is.EqualTo(new[] { "content/news/2020/x.md:" + error }));
    }

    [Test]
    public void A_name_several_partners_begin_with_lists_each_id()
    {
        var partners = "-- content/partners.yml --\n- id: uni-stuttgart\n  name: University of Stuttgart\n  kind: science\n"
            + "- id: uni-tuebingen\n  name: University of Tübingen\n  kind: science\n";
        using var site = TestSite.Create(TestSite.Basics.Replace("-- content/partners.yml --", "-- content/unused.yml --", StringComparison.Ordinal) + partners
            + Release.File("2020/x.md", "title: X\ndate: 2020-12-02\npartners: [University]"));

        var lines = TestSite.Lines(site.Build()).Where(l => l.Contains("unknown partner", StringComparison.Ordinal));

        Assert.That(lines, Is.EqualTo(new[] { "content/news/2020/x.md:4:12: error: unknown partner 'University' (a release names a partner by its id: 'uni-stuttgart' for University of Stuttgart, 'uni-tuebingen' for University of Tübingen)" }));
    }

    [Test]
    public void Unknown_topic_in_a_block_list_points_at_its_line()
    {
        var lines = ErrorsOf(Release.File("2020/x.md", "title: X\ndate: 2020-12-02\ntopics:\n  - ai\n  - startups"));

        Assert.That(lines, Is.EqualTo(new[] { "content/news/2020/x.md:6:5: error: unknown topic 'startups' (did you mean 'start-ups'?)" }));
    }

    [Test]
    public void Unknown_id_far_from_every_known_one_points_to_the_registry()
    {
        var lines = ErrorsOf(Release.File("2020/x.md", "title: X\ndate: 2020-12-02\ntopics: [quantum-gravity]"));

        Assert.That(lines.Single(), Does.EndWith("unknown topic 'quantum-gravity' (the ids are listed in topics.yml)"));
    }

    [Test]
    public void Yaml_that_does_not_parse_is_reported_with_its_line()
    {
        var lines = ErrorsOf(Release.File("2020/x.md", "title: \"Unclosed\ndate: 2020-12-02"));

        Assert.That(lines.Single(), Does.StartWith("content/news/2020/x.md:").And.Contain(": error: YAML: "));
    }

    [Test]
    public void A_key_written_twice_is_an_error_at_the_second()
    {
        var lines = ErrorsOf(Release.File("2020/x.md", "title: X\ndate: 2020-12-02\ntitle: Y"));

        Assert.That(lines.Single(), Does.StartWith("content/news/2020/x.md:4:1: error: YAML: "));
    }

    [Test]
    public void Yaml_aliases_that_expand_exponentially_are_refused_in_bounded_time()
    {
        var laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 8).Select(i => $"{(char)('a' + i)}: &{(char)('a' + i)} [*{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}, *{(char)('a' + i - 1)}]\n"));
        var lines = ErrorsOf(Release.File("2020/x.md", "title: X\ndate: 2020-12-02\nlaughs:\n  " + laughs.TrimEnd().Replace("\n", "\n  ", StringComparison.Ordinal)));

        Assert.That(lines.Single(), Does.Contain("error: 'laughs' expands to more than 10000 values"));
    }

    [Test]
    public void Tab_indentation_gets_a_hint_about_tabs()
    {
        var lines = ErrorsOf(Release.File("2020/x.md", "title: X\ndate: 2020-12-02\ntopics:\n\t- ai"));

        Assert.That(lines.Single(), Does.StartWith("content/news/2020/x.md:5:").And.EndWith("(YAML does not allow tabs for indentation: indent with spaces)"));
    }

    [Test]
    public void Front_matter_that_never_closes_asks_for_the_closing_line()
    {
        var lines = ErrorsOf("-- content/news/2020/x.md --\n---\ntitle: X\ndate: 2020-12-02\n\nBody.\n");

        Assert.That(lines, Is.EqualTo(new[] { "content/news/2020/x.md:1:1: error: the front matter opened here is never closed (did you forget the closing '---' line after the last field?)" }));
    }

    [Test]
    public void A_file_without_front_matter_says_how_to_start_one()
    {
        var lines = ErrorsOf("-- content/news/2020/x.md --\n# Just a heading\n");

        Assert.That(lines.Single(), Does.StartWith("content/news/2020/x.md:1:1: error: the file does not start with front matter"));
    }

    [Test]
    public void An_empty_file_is_an_error_not_a_crash()
    {
        var lines = ErrorsOf("-- content/news/2020/x.md --\n\n");

        Assert.That(lines.Single(), Does.StartWith("content/news/2020/x.md:1:1: error: the file is empty"));
    }

    [Test]
    public void Impossible_date_is_reported_at_its_value()
    {
        var lines = ErrorsOf(Release.File("2020/x.md", "title: X\ndate: 2021-02-30"));

        Assert.That(lines, Is.EqualTo(new[] { "content/news/2020/x.md:3:7: error: 'date' is not a valid date: '2021-02-30' (write dates as 2020-12-02 or 2020-12-02T09:00:00+01:00)" }));
    }

    [Test]
    public void A_list_where_text_belongs_is_a_type_error()
    {
        var lines = ErrorsOf(Release.File("2020/x.md", "title: [a, b]\ndate: 2020-12-02"));

        Assert.That(lines[0], Does.StartWith("content/news/2020/x.md:2:8: error: 'title' must be text, found a list"));
    }

    [Test]
    public void Two_releases_with_one_url_name_each_other()
    {
        var lines = ErrorsOf(
            Release.File("2020/a.md", "title: A\ndate: 2020-12-02\nslug: same") +
            Release.File("2020/b/index.md", "title: B\ndate: 2020-01-05\nslug: same"));

        Assert.That(lines, Is.EqualTo(new[]
        {
            "content/news/2020/a.md:1:1: error: the URL /news/2020/same/ is also claimed by content/news/2020/b/index.md (give one of them another 'slug:')",
            "content/news/2020/b/index.md:1:1: error: the URL /news/2020/same/ is also claimed by content/news/2020/a.md (give one of them another 'slug:')",
        }));
    }

    [Test]
    public void A_slug_that_could_leave_its_folder_is_refused()
    {
        var lines = ErrorsOf(Release.File("2020/x.md", "title: X\ndate: 2020-12-02\nslug: ../../etc"));

        Assert.That(lines.Single(), Does.StartWith("content/news/2020/x.md:4:7: error: 'slug' may hold only lowercase letters, digits and single hyphens"));
    }

    [Test]
    public void A_file_that_is_not_utf8_names_the_line_of_the_first_bad_byte()
    {
        using var site = TestSite.Create(TestSite.Basics);
        site.WriteFile("content/news/2020/latin1.md", Encoding.Latin1.GetBytes("---\ntitle: Universit\u00E4t\ndate: 2020-12-02\n---\nBody\n"));

        var result = site.Build();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/news/2020/latin1.md:2:17: error: the file is not valid UTF-8 (byte 0xE4 at offset 20) (save it as UTF-8; most editors offer this under 'Save with encoding')",
        }));
    }

    [Test]
    public void A_bom_and_crlf_line_ends_simply_work()
    {
        using var site = TestSite.Create(TestSite.Basics);
        site.WriteFile("content/news/2020/windows.md", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("---\r\ntitle: From Windows\r\ndate: 2020-12-02\r\n---\r\nBody\r\n")]);

        site.BuildOk();

        Assert.That(site.Html("news/2020/windows/index.html").QuerySelector("h1")!.TextContent, Is.EqualTo("From Windows"));
    }

    [Test]
    public void All_mistakes_of_a_run_are_reported_together_and_nothing_is_written()
    {
        using var site = TestSite.Create(TestSite.Basics +
            Release.File("2020/a.md", "date: 2020-12-02") +
            Release.File("2020/b.md", "title: B\ndate: 2020-12-02\npartners: [nex]") +
            Release.File("2021/c.md", "title: C\ndate: someday"));

        var result = site.Build();

        Assert.Multiple(() =>
        {
            Assert.That(result.ErrorCount, Is.EqualTo(3), () => string.Join("\n", TestSite.Lines(result)));
            Assert.That(TestSite.Lines(result).Select(l => l.Split(':')[0]), Is.EqualTo(new[] { "content/news/2020/a.md", "content/news/2020/b.md", "content/news/2021/c.md" }));
            Assert.That(Directory.Exists(site.Output), Is.False);
        });
    }

    [Test]
    public void Unknown_keys_are_kept_as_params_for_templates()
    {
        using var site = TestSite.Create(TestSite.Basics +
            Release.File("2020/x.md", "title: X\ndate: 2020-12-02\ncontact: press@example.org\nfeatured: true") + """
            -- templates/layouts/release.html --
            <p id="contact">{{ page.params.contact }}</p><p id="featured">{{ if page.params.featured }}yes{{ end }}</p><p id="missing">{{ page.params.nothing }}</p>
            """);

        site.BuildOk();

        var page = site.Html("news/2020/x/index.html");
        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("#contact")!.TextContent, Is.EqualTo("press@example.org"));
            Assert.That(page.QuerySelector("#featured")!.TextContent, Is.EqualTo("yes"));
            Assert.That(page.QuerySelector("#missing")!.TextContent, Is.Empty);
        });
    }

    [Test]
    public void Raw_html_in_markdown_is_left_out_with_a_warning()
    {
        var lines = BuildLines(Release.File("2020/x.md", "title: X\ndate: 2020-12-02", "Text\n\n<script>alert(1)</script>\n"), out var result);

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.Succeeded));
            Assert.That(lines, Is.EqualTo(new[] { "content/news/2020/x.md:7:1: warning: raw HTML is left out of the page (write it in Markdown, or set 'unsafe_html: true' in site.yml if every author is trusted)" }));
        });
    }

    [Test]
    public void Missing_site_settings_file_is_an_error()
    {
        using var site = TestSite.Create("-- content/news/2020/x.md --\n---\ntitle: X\ndate: 2020-12-02\n---\n");

        var result = site.Build();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[] { "content/site.yml: error: the site has no site.yml (every site needs site.yml with at least a title and base_url)" }));
    }

    [Test]
    public void Unknown_setting_suggests_the_known_one()
    {
        var lines = BuildLines("-- content/site.yml --\ntitle: T\nbase_url: https://x.org/\npaginte: 5\n", out _);

        Assert.That(lines, Is.EqualTo(new[] { "content/site.yml:3:1: warning: unknown setting 'paginte' is ignored (did you mean 'paginate'?)" }));
    }

    [Test]
    public void Unknown_menu_of_a_page_is_a_warning_that_lists_the_menus()
    {
        var lines = BuildLines("-- content/pages/imprint.md --\n---\ntitle: Imprint\nmenu: foter\n---\nText.\n", out _);

        Assert.That(lines, Is.EqualTo(new[] { "content/pages/imprint.md:3:7: warning: unknown menu 'foter'; the page is linked from the main navigation (write 'menu: main', 'menu: footer' or 'menu: none')" }));
    }
}
