using PortalGen.Tests.Languages;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Building;

/// <summary>
/// <c>include</c> writes a statement's include straight into the page yet keeps Scriban's meaning everywhere else;
/// <c>include_cached</c> reuses a partial's text for the same arguments within one language, never across them.
/// </summary>
public sealed class IncludeTests
{
    [Test]
    public void An_include_used_as_a_value_is_assigned_piped_and_captured_as_text()
    {
        using var site = TestSite.Create(TestSite.OneRelease + """
            -- templates/partials/word.html --
            {{~ "word-" + $1 ~}}
            -- templates/layouts/release.html --
            {{~ assigned = include "partials/word.html" "a" ~}}
            <p id="assigned">[{{ assigned }}]</p>
            <p id="piped">{{ include "partials/word.html" "b" | string.upcase }}</p>
            {{~ capture captured ~}}{{ include "partials/word.html" "c" }}{{~ end ~}}
            <p id="captured">{{ captured | string.size }}</p>
            <p id="statement">{{ include "partials/word.html" "d" }}</p>
            """);

        site.BuildOk();

        var page = site.Html("news/2020/x/index.html");
        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("#assigned")!.TextContent, Is.EqualTo("[word-a]"));
            Assert.That(page.QuerySelector("#piped")!.TextContent, Is.EqualTo("WORD-B"));
            Assert.That(page.QuerySelector("#captured")!.TextContent, Is.EqualTo("6"));
            Assert.That(page.QuerySelector("#statement")!.TextContent, Is.EqualTo("word-d"));
        });
    }

    [Test]
    public void An_indented_include_indents_every_line_as_scriban_does()
    {
        using var site = TestSite.Create(TestSite.OneRelease + """
            -- templates/partials/lines.html --
            <i>one</i>
            <i>two</i>
            -- templates/layouts/release.html --
            <div id="lines">
              {{ include "partials/lines.html" }}
            </div>
            <div id="flat">
            {{ include "partials/lines.html" }}
            </div>
            """);

        site.BuildOk();

        var html = site.Read("news/2020/x/index.html");
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<div id=\"lines\">\n  <i>one</i>\n  <i>two</i>\n"));
            Assert.That(html, Does.Contain("<div id=\"flat\">\n<i>one</i>\n<i>two</i>\n"));
        });
    }

    [Test]
    public void Code_after_text_on_its_line_writes_its_lines_unindented_and_an_indented_one_inside_an_indented_include_adds_its_own_indent()
    {
        using var site = TestSite.Create(TestSite.OneRelease + """
            -- templates/partials/nested.html --
            <i>one</i>{{ "a\nb" }}
              {{ "c\nd" }}
            <i>two</i>
            -- templates/layouts/release.html --
            <div id="nested">
              {{ include "partials/nested.html" }}
            </div>
            <p id="after">{{ "e\nf" }}</p>
            """);

        site.BuildOk();

        var html = site.Read("news/2020/x/index.html");
        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<div id=\"nested\">\n  <i>one</i>a\n  b\n    c\n    d\n  <i>two</i>\n\n</div>"));
            Assert.That(html, Does.Contain("<p id=\"after\">e\nf</p>"));
        });
    }

    [Test]
    public void An_include_sees_its_arguments_and_named_arguments_whether_written_in_place_or_indented()
    {
        using var site = TestSite.Create(TestSite.OneRelease + """
            -- templates/partials/greet.html --
            {{~ $said = $greeting + " " + $1 ~}}
            <p class="greeting">{{ $said }}</p>
            -- templates/layouts/release.html --
            {{ include "partials/greet.html" page.title greeting: "Hello" }}
            {{ include "partials/greet.html" "again" greeting: "Bye" }}
              {{ include "partials/greet.html" "indented" greeting: "Hi" }}
            """);

        site.BuildOk();

        Assert.That(
            site.Html("news/2020/x/index.html").QuerySelectorAll(".greeting").Select(p => p.TextContent),
            Is.EqualTo(new[] { "Hello X", "Bye again", "Hi indented" }));
    }

    [Test]
    public void A_cached_include_is_rendered_for_each_distinct_argument()
    {
        using var site = TestSite.Create(TestSite.Basics + """
            -- content/news/2020/a.md --
            ---
            title: Same title
            date: 2020-01-02
            ---
            A.
            -- content/news/2020/b.md --
            ---
            title: Same title
            date: 2020-01-03
            ---
            B.
            -- templates/partials/title.html --
            <a class="cached" href="{{ $1.url }}">{{ $2 }} {{ $1.title | html.escape }}</a>
            -- templates/layouts/release.html --
            {{ include_cached "partials/title.html" page "first" }}
            {{ include_cached "partials/title.html" page "second" }}
            """);

        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(Cached(site, "news/2020/a/index.html"), Is.EqualTo(new[] { "/news/2020/a/ first Same title", "/news/2020/a/ second Same title" }));
            Assert.That(Cached(site, "news/2020/b/index.html"), Is.EqualTo(new[] { "/news/2020/b/ first Same title", "/news/2020/b/ second Same title" }));
        });
    }

    [Test]
    public void A_cached_include_inside_another_indented_or_assigned_renders_as_scribans_include_would()
    {
        using var site = TestSite.Create(TestSite.OneRelease + """
            -- templates/partials/inner.html --
            <b>{{ $1.title }}</b>
            -- templates/partials/outer.html --
            <div class="outer">{{ include_cached "partials/inner.html" $1 }}|{{ include_cached "partials/inner.html" $1 "again" }}</div>
            -- templates/layouts/release.html --
            <section id="cached">
            {{ include_cached "partials/outer.html" page }}
              {{ include_cached "partials/outer.html" page "indented" }}
            {{ assigned = include_cached "partials/inner.html" page "assigned" }}<p>{{ assigned }}</p>
            {{ include_cached "partials/outer.html" page }}
            </section>
            """);

        site.BuildOk(options => options with { MaxParallelism = 1 });

        Assert.That(site.Html("news/2020/x/index.html").QuerySelector("#cached")!.InnerHtml, Is.EqualTo(
            "\n<div class=\"outer\"><b>X</b>\n|<b>X</b>\n</div>\n\n"
            + "  <div class=\"outer\"><b>X</b>\n  |<b>X</b>\n  </div>\n\n"
            + "<p><b>X</b>\n</p>\n"
            + "<div class=\"outer\"><b>X</b>\n|<b>X</b>\n</div>\n\n"));
    }

    [Test]
    public void A_release_card_is_cached_per_language_so_each_edition_keeps_its_own_words()
    {
        using var site = TestSite.Create(ThreeLanguages.Site("fallback: true"));
        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(ChipsLabelOfEnglishOnlyCard(site, "index.html"), Is.EqualTo("Partners"));
            Assert.That(ChipsLabelOfEnglishOnlyCard(site, "de/index.html"), Is.EqualTo("Partner"));
            Assert.That(ChipsLabelOfEnglishOnlyCard(site, "ja/index.html"), Is.EqualTo("パートナー"));
        });
    }

    private static List<string> Cached(TestSite site, string file) =>
        [.. site.Html(file).QuerySelectorAll(".cached").Select(a => a.GetAttribute("href") + " " + a.TextContent)];

    private static string? ChipsLabelOfEnglishOnlyCard(TestSite site, string file) =>
        site.Html(file).QuerySelectorAll(".card")
            .Single(card => card.QuerySelector(".card__title a")!.GetAttribute("href") == "/news/2022/english-only/")
            .QuerySelector(".chips")!.GetAttribute("aria-label");

    [Test]
    public void A_sites_own_footer_is_rendered_for_each_release_page_not_cached_like_the_themes()
    {
        using var site = TestSite.Create(TestSite.OneRelease + Release.File("2021/y.md", "title: Y\ndate: 2021-01-05") + """
            -- templates/partials/footer.html --
            <footer id="own">{{ page.title }}</footer>
            """);

        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(site.Html("news/2020/x/index.html").QuerySelector("#own")!.TextContent, Is.EqualTo("X"));
            Assert.That(site.Html("news/2021/y/index.html").QuerySelector("#own")!.TextContent, Is.EqualTo("Y"));
        });
    }
}
