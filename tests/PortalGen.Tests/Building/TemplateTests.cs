using System.Collections.Concurrent;
using PortalGen.Diagnostics;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Building;

/// <summary>Site templates override the default theme one file at a time; their mistakes name file and line.</summary>
public sealed class TemplateTests
{
    [Test]
    public void A_site_partial_replaces_the_theme_partial_of_the_same_name()
    {
        using var site = TestSite.Create(TestSite.OneRelease + """
            -- templates/partials/footer.html --
            <footer id="custom">Our own footer for {{ site.title | html.escape }}</footer>
            """);

        site.BuildOk();

        Assert.That(site.Html("index.html").QuerySelector("#custom")!.TextContent, Is.EqualTo("Our own footer for Test Portal"));
    }

    [Test]
    public void Template_syntax_error_names_the_template_file_and_line()
    {
        using var site = TestSite.Create(TestSite.OneRelease + """
            -- templates/partials/footer.html --
            <footer>
            {{ if site.title }}
            </footer>
            """);

        var result = site.Build();

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.ContentErrors));
            Assert.That(TestSite.Lines(result)[0], Does.StartWith("templates/partials/footer.html:").And.Contain(": error: template: "));
        });
    }

    [Test]
    public void A_template_cut_short_inside_a_tag_is_an_error_at_the_end_of_its_text()
    {
        // Scriban gives the end of the text no line; the message must still name one.
        using var site = TestSite.Create(TestSite.OneRelease);
        site.WriteFile("templates/partials/footer.html", "<footer>\n<p>{{ site."u8.ToArray());

        var result = site.Build();

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.ContentErrors));
            Assert.That(TestSite.Lines(result), Is.Not.Empty.And.All.Match(@"^templates/partials/footer\.html:\d+:\d+: error: template: "));
            Assert.That(TestSite.Lines(result), Has.Some.StartWith("templates/partials/footer.html:2:12: error: template: Invalid token `Eof`"));
        });
    }

    [Test]
    public void A_typo_in_a_variable_is_an_error_not_an_empty_string()
    {
        using var site = TestSite.Create(TestSite.OneRelease + """
            -- templates/layouts/release.html --
            <h1>{{ page.titel }}</h1>
            """);

        var result = site.Build();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[] { "templates/layouts/release.html:1:13: error: template: Cannot get member with name titel." }));
    }

    [Test]
    public void Including_a_file_outside_the_templates_is_refused()
    {
        using var site = TestSite.Create(TestSite.OneRelease + """
            -- templates/layouts/release.html --
            {{ include "../content/site.yml" }}
            """);

        var result = site.Build();

        Assert.That(TestSite.Lines(result).Single(), Does.StartWith("templates/layouts/release.html:1:4: error: template: there is no template '../content/site.yml'"));
    }

    [Test]
    public void A_template_that_never_ends_is_stopped_with_a_diagnostic()
    {
        using var site = TestSite.Create(TestSite.OneRelease + """
            -- templates/layouts/release.html --
            {{ while true }}x{{ end }}
            """);

        var result = site.Build();

        Assert.That(TestSite.Lines(result).Single(), Does.StartWith("templates/layouts/release.html:1:").And.Contain("error: template:"));
    }

    [TestCase(1)]
    [TestCase(4)]
    public void The_first_template_error_stops_the_render_of_every_other_page(int threads)
    {
        // A partial on every list page that never ends: before, every page ran it to the loop limit, one after another.
        var releases = string.Concat(Enumerable.Range(1, 12).Select(i => Release.File($"2020/r{i}.md", $"title: R{i}\ndate: 2020-01-{i:00}\npartners: [nec]\ntopics: [ai]")));
        using var site = TestSite.Create(TestSite.Basics + releases + """
            -- templates/partials/release-card.html --
            <article>
            {{ while true }}{{ end }}
            </article>
            """);
        var rendered = new ConcurrentQueue<BuildProgress>();

        var result = site.Build(options => options with { MaxParallelism = threads, Progress = new Recorder(rendered.Enqueue) });

        var pages = rendered.Where(r => r.Stage == BuildStage.Rendering).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.EqualTo(new[] { "templates/partials/release-card.html:2:4: error: template: Exceeding number of iteration limit `10000000` for loop statement." }));
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.ContentErrors));
            Assert.That(pages.Max(r => r.Done), Is.LessThanOrEqualTo(pages[0].Total / 2), "pages rendered after the error");
        });
    }

    [TestCase(1)]
    [TestCase(4)]
    public void A_release_a_template_and_a_script_each_with_a_mistake_are_reported_together_in_file_order(int threads)
    {
        // The templates are parsed and the scripts minified while the releases are: each mistake is still reported,
        // the script's too though the release fails the build, and in the files' order however the threads ran.
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "date: 2020-12-02") + """
            -- templates/partials/footer.html --
            <footer>
            {{ if site.title }}
            </footer>
            -- templates/assets/js/search.js --
            const a = 1;
            const b = 1 +* 2;
            """);

        var result = site.Build(options => options with { MaxParallelism = threads });

        var lines = TestSite.Lines(result);
        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.ContentErrors));
            Assert.That(lines, Has.Count.EqualTo(3));
            Assert.That(lines[0], Does.StartWith("content/news/2020/x.md:1:1: error: the file has no 'title'"));
            Assert.That(lines[1], Does.StartWith("templates/assets/js/search.js:2:14: warning: the file is published as it is, not minified"));
            Assert.That(lines[2], Does.StartWith("templates/partials/footer.html:").And.Contain(": error: template: "));
        });
    }

    private sealed class Recorder(Action<BuildProgress> report) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => report(value);
    }

    [Test]
    public void Scribans_other_html_functions_work_beside_our_escape()
    {
        using var site = TestSite.Create(TestSite.OneRelease + """
            -- templates/layouts/release.html --
            <p id="strip">{{ "<b>Bold</b> words" | html.strip }}</p>
            <p id="url">{{ "a b&c" | html.url_encode }}</p>
            <div id="lines">{{ "one\ntwo" | html.newline_to_br }}</div>
            <p id="escape">{{ "Tübingen & <Stuttgart>" | html.escape }}</p>
            """);

        site.BuildOk();

        var page = site.Html("news/2020/x/index.html");
        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("#strip")!.InnerHtml, Is.EqualTo("Bold words"));
            Assert.That(page.QuerySelector("#url")!.TextContent, Is.EqualTo("a%20b%26c"));
            Assert.That(page.QuerySelectorAll("#lines br"), Has.Length.EqualTo(1));
            Assert.That(site.Read("news/2020/x/index.html"), Does.Contain("<p id=\"escape\">Tübingen &amp; &lt;Stuttgart&gt;</p>"));
        });
    }

    [TestCase("Tübingen", "Tübingen")]
    [TestCase("\"Quoted\" & 'single' <tag>", "&quot;Quoted&quot; &amp; &#39;single&#39; &lt;tag&gt;")]
    [TestCase("&&", "&amp;&amp;")]
    [TestCase("<", "&lt;")]
    [TestCase("Zürich's ETH", "Zürich&#39;s ETH")]
    public void Html_escape_escapes_the_five_characters_html_requires_and_keeps_every_other(string text, string escaped)
    {
        Assert.That(PortalGen.Rendering.HtmlTemplateFunctions.Escape(text), Is.EqualTo(escaped));
    }
}
