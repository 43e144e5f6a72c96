using PortalGen.Tests.Support;

namespace PortalGen.Tests.Portal;

/// <summary>
/// What a site's own templates can rely on: every page has the same <c>page</c> members and the same
/// globals, those that do not apply being null, so a template may test them on any page without an error.
/// </summary>
public sealed class TemplateGlobalsTests() : BuiltSiteTests(Site)
{
    private static readonly string Site = TestSite.Basics
        + Release.Listed("one", "2020-01-01", "nec", "ai")
        + TestSite.AboutPage
        + """
        -- templates/layouts/base.html --
        <!DOCTYPE html>
        <title>globals</title>
        <p id="page">{{ page | object.keys | array.sort | array.join "," }}</p>
        <p id="subject">partner={{ partner?.id }} topic={{ topic?.id }} year={{ year?.year }} years={{ years.size }}</p>
        """;

    private static readonly string[] PagesOfEveryKind =
    [
        "index.html", "news/2020/one/index.html", "about/index.html", "partners/index.html", "partners/nec/index.html",
        "topics/index.html", "topics/ai/index.html", "news/index.html", "news/2020/index.html", "404.html",
    ];

    [Test]
    public void Every_page_kind_has_the_same_page_members()
    {
        var members = PagesOfEveryKind.Select(page => Built.Html(page).GetElementById("page")!.TextContent).Distinct().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(members, Has.Count.EqualTo(1), () => string.Join("\n", members));
            Assert.That(members[0].Split(','), Is.SupersetOf(new[] { "title", "url", "section", "partners", "topics", "related", "prev", "next" }));
        });
    }

    [TestCase("partners/nec/index.html", "partner=nec topic= year= years=1")]
    [TestCase("topics/ai/index.html", "partner= topic=ai year= years=1")]
    [TestCase("news/2020/index.html", "partner= topic= year=2020 years=1")]
    [TestCase("news/2020/one/index.html", "partner= topic= year= years=1")]
    [TestCase("404.html", "partner= topic= year= years=1")]
    public void Partner_topic_and_year_are_set_on_their_own_pages_and_null_elsewhere(string page, string expected)
    {
        Assert.That(Built.Html(page).GetElementById("subject")!.TextContent, Is.EqualTo(expected));
    }

    [Test]
    public void A_template_may_replace_the_list_of_releases_with_its_own()
    {
        using var site = TestSite.Create(TestSite.Basics
            + Release.Listed("one", "2020-01-01", "nec", "ai")
            + Release.Listed("two", "2020-02-01", "nec", "ai")
            + """
            -- templates/layouts/base.html --
            <!DOCTYPE html>
            <title>globals</title>
            <p id="before">{{ releases | array.map "title" | array.join "," }}</p>
            {{ releases = ["mine"] }}
            <p id="after">{{ releases | array.join "," }}</p>
            """);

        site.BuildOk();

        var home = site.Html("index.html");
        Assert.Multiple(() =>
        {
            Assert.That(home.GetElementById("before")!.TextContent, Is.EqualTo("two,one"));
            Assert.That(home.GetElementById("after")!.TextContent, Is.EqualTo("mine"));
        });
    }
}
