
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Content;

/// <summary>
/// File names and texts are read in Unicode's composed form (NFC), so a file saved on macOS, which names it
/// decomposed (NFD: u and a combining diaeresis for ü), publishes where the same name typed on Linux or Windows would.
/// </summary>
public sealed class UnicodeNormalizationTests
{
    private const string Composed = "t\u00fcbingen-news";
    private const string Decomposed = "tu\u0308bingen-news";

    [Test]
    public void A_file_named_in_decomposed_form_gets_the_slug_of_its_composed_name()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File($"2020/{Decomposed}.md", "title: X\ndate: 2020-12-02"));

        site.BuildOk();

        Assert.That(site.Exists("news/2020/tuebingen-news/index.html"), Is.True);
    }

    [Test]
    public void A_decomposed_text_makes_the_slug_of_its_composed_text()
    {
        Assert.That(PortalGen.Model.Slugs.FromText(Decomposed), Is.EqualTo(PortalGen.Model.Slugs.FromText(Composed)));
    }

    [Test]
    public void A_link_written_composed_finds_a_file_named_decomposed()
    {
        using var site = TestSite.Create(TestSite.Basics
            + Release.File($"2020/{Decomposed}.md", "title: X\ndate: 2020-12-02")
            + Release.File("2021/y.md", "title: Y\ndate: 2021-01-02", $"See [it](../2020/{Composed}.md)."));

        site.BuildOk();

        Assert.That(site.Html("news/2021/y/index.html").QuerySelector(".lead a, .prose a")!.GetAttribute("href"), Is.EqualTo("/news/2020/tuebingen-news/"));
    }

    [Test]
    public void Decomposed_text_in_a_release_is_published_composed()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "title: \"Tu\u0308bingen\"\ndate: 2020-12-02", "In Tu\u0308bingen."));

        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(site.Html("news/2020/x/index.html").QuerySelector("h1")!.TextContent, Is.EqualTo("T\u00fcbingen"));
            Assert.That(site.Read("news/2020/x/index.html"), Does.Not.Contain("\u0308"));
        });
    }

    [Test]
    public void Two_files_whose_names_differ_only_in_normalization_are_an_error_naming_both()
    {
        using var site = TestSite.Create(TestSite.Basics
            + Release.File($"2020/{Composed}.md", "title: X\ndate: 2020-12-02")
            + Release.File($"2020/{Decomposed}.md", "title: Y\ndate: 2020-12-03"));

        var result = site.Build();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            $"content/news/2020/{Composed}.md: error: content/news/2020/tu\\u0308bingen-news.md and content/news/2020/t\u00fcbingen-news.md are one name in two Unicode forms (composed and decomposed), so they would publish at one URL (keep one of them: rename or delete the other)",
        }));
    }
}
