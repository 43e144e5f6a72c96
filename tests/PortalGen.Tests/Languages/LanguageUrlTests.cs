using PortalGen.Tests.Support;

namespace PortalGen.Tests.Languages;

/// <summary>The language folders work under a sub-path too, and a multilingual build is the same on any number of threads.</summary>
public sealed class LanguageUrlTests
{
    [Test]
    public void Language_folders_sit_below_the_base_urls_path()
    {
        using var site = TestSite.Create(ThreeLanguages.Site());
        site.BuildOk(options => options with { BaseUrl = "https://example.org/portal/" });
        var german = site.Html("de/news/2020/mou/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(german.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Is.EqualTo("https://example.org/portal/de/news/2020/mou/"));
            Assert.That(german.QuerySelector("link[hreflang=en]")!.GetAttribute("href"), Is.EqualTo("https://example.org/portal/news/2020/mou/"));
            Assert.That(german.QuerySelector(".language-switcher a[lang=ja]")!.GetAttribute("href"), Is.EqualTo("/portal/ja/news/2020/mou/"));
            Assert.That(german.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"), Does.Match("^/portal/assets/css/site\\.[0-9a-f]{10}\\.css$"));
            Assert.That(site.Read("robots.txt"), Does.Contain("Sitemap: https://example.org/portal/sitemap.xml"));
        });
    }

    [Test]
    public void Check_follows_links_from_a_language_folder_and_names_the_translation_with_a_broken_one()
    {
        using var site = TestSite.Create(ThreeLanguages.Site() + ThreeLanguages.GermanMou + """
            Siehe [das Labor](../../2021/tuebingen-labor/) und [die Partner](/de/partners/), nicht [dies](../gibt-es-nicht/).

            """);
        var result = site.Build(options => options with { OutputDirectory = null, CheckLinks = true });

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/news/2020/mou.de.md:7:95: error: broken link '../gibt-es-nicht/' on /de/news/2020/mou/: there is no such page or file in this build",
        }));
    }

    [Test]
    public void A_translation_links_by_file_to_translations_and_else_to_originals_and_has_its_bundle_files_in_its_folder()
    {
        using var site = TestSite.Create(TestSite.Basics + ThreeLanguages.SiteYml("[en, de]") + """
            -- content/news/2020/a.md --
            ---
            title: A
            date: 2020-01-01
            ---
            Only in English.
            -- content/news/2020/x/index.md --
            ---
            title: X
            date: 2020-01-03
            ---
            ![Figure](fig.svg)
            -- content/news/2020/x/index.de.md --
            ---
            title: X auf Deutsch
            date: 2020-01-03
            ---
            ![Abbildung](fig.svg) und [A](../a.md)
            -- content/news/2020/x/fig.svg --
            <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>
            """);
        site.BuildOk(options => options with { CheckLinks = true });
        var german = site.Html("de/news/2020/x/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(german.QuerySelector(".lead img, .prose img")!.GetAttribute("src"), Is.EqualTo("/de/news/2020/x/fig.svg"));
            Assert.That(site.Exists("de/news/2020/x/fig.svg") && site.Exists("news/2020/x/fig.svg"), Is.True, "each language's page has its bundle's files beside it");
            Assert.That(german.QuerySelector(".lead a, .prose a")!.GetAttribute("href"), Is.EqualTo("/news/2020/a/"), "a file without a translation is linked in the default language");
        });
    }

    [Test]
    public void A_multilingual_site_is_built_byte_for_byte_the_same_on_one_thread_and_on_many()
    {
        using var one = TestSite.Create(ThreeLanguages.Site("fallback: true"));
        one.BuildOk(options => options with { MaxParallelism = 1 });
        using var many = TestSite.Create(ThreeLanguages.Site("fallback: true"));
        many.BuildOk(options => options with { MaxParallelism = 8 });

        Assert.That(FolderSnapshot.Published(many.Output), Is.EqualTo(FolderSnapshot.Published(one.Output)));
    }
}
