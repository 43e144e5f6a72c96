using PortalGen.Model;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Languages;

/// <summary>Slugs made from file names read well in every language and stay safe as one path segment.</summary>
public sealed class SlugTransliterationTests
{
    [TestCase("Tübingen", "tuebingen")]
    [TestCase("Straße in Köln", "strasse-in-koeln")]
    [TestCase("Café Crème à Paris", "cafe-creme-a-paris")]
    [TestCase("Tiếng Việt", "tieng-viet")]
    [TestCase("データセット", "データセット")]
    [TestCase("東京 大学", "東京-大学")]
    [TestCase("がくしゅう", "がくしゅう")]
    public void Latin_accents_are_dropped_and_other_scripts_kept_whole(string text, string slug)
    {
        Assert.That(Slugs.FromText(text), Is.EqualTo(slug));
    }

    [TestCase("データ", true)]
    [TestCase("東京-大学", true)]
    [TestCase("../x", false)]
    [TestCase("a/b", false)]
    [TestCase("x.html", false)]
    [TestCase("Tuebingen", false)]
    [TestCase("-x", false)]
    public void An_explicit_slug_is_still_one_safe_path_segment(string slug, bool valid)
    {
        Assert.That(Slugs.IsValid(slug), Is.EqualTo(valid));
    }

    [Test]
    public void An_explicit_slug_wins_over_the_file_name_in_every_language()
    {
        using var site = TestSite.Create(TestSite.OneRelease + ThreeLanguages.SiteYml("[en, de]") + """
            -- content/news/2020/x.de.md --
            ---
            title: X
            date: 2020-12-02
            slug: eine-meldung
            ---
            Text.

            """);
        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(site.Exists("news/2020/x/index.html"), Is.True);
            Assert.That(site.Exists("de/news/2020/eine-meldung/index.html"), Is.True);
            Assert.That(site.Html("de/news/2020/eine-meldung/index.html").QuerySelector("link[hreflang=en]")!.GetAttribute("href"), Is.EqualTo("https://news.example.org/news/2020/x/"), "still a translation of x.md");
        });
    }

    [Test]
    public void A_page_bundle_is_translated_by_index_with_the_language()
    {
        using var site = TestSite.Create(TestSite.Basics + ThreeLanguages.SiteYml("[en, de]") + """
            -- content/news/2020/bundle/index.md --
            ---
            title: Bundle
            date: 2020-12-02
            ---
            Body.
            -- content/news/2020/bundle/index.de.md --
            ---
            title: Bündel
            date: 2020-12-02
            ---
            Text.

            """);
        site.BuildOk();

        Assert.That(site.Html("de/news/2020/bundle/index.html").QuerySelector("link[hreflang=en]")!.GetAttribute("href"), Is.EqualTo("https://news.example.org/news/2020/bundle/"));
    }
}
