using PortalGen.Tests.Support;

namespace PortalGen.Tests.Languages;

/// <summary>A release in one language only is listed in that language alone, unless site.yml asks for the default language's releases as a fallback.</summary>
public sealed class LanguageFallbackTests
{
    [Test]
    public void Without_fallback_a_language_lists_only_its_own_releases()
    {
        using var site = TestSite.Create(ThreeLanguages.Site());
        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(Cards(site, "de/index.html"), Is.EqualTo(new[] { "/de/news/2021/tuebingen-labor/", "/de/news/2020/mou/" }));
            Assert.That(Cards(site, "index.html"), Is.EqualTo(new[] { "/news/2022/english-only/", "/news/2020/mou/" }));
            Assert.That(site.Exists("de/news/2022/index.html"), Is.False);
        });
    }

    [Test]
    public void With_fallback_a_language_also_lists_untranslated_default_language_releases_linking_to_them()
    {
        using var site = TestSite.Create(ThreeLanguages.Site("fallback: true"));
        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(Cards(site, "de/index.html"), Is.EqualTo(new[] { "/news/2022/english-only/", "/de/news/2021/tuebingen-labor/", "/de/news/2020/mou/" }));
            Assert.That(Cards(site, "de/news/2022/index.html"), Is.EqualTo(new[] { "/news/2022/english-only/" }));
            Assert.That(Cards(site, "de/partners/nec/index.html"), Is.EqualTo(new[] { "/news/2022/english-only/", "/de/news/2020/mou/" }));
            Assert.That(site.Exists("de/news/2022/english-only/index.html"), Is.False, "the release has its page in English only");
            Assert.That(site.Html("de/index.html").QuerySelector(".card[lang=en] a")!.TextContent, Is.EqualTo("English only"), "the English card says it is English");
            Assert.That(site.Read("de/feed.xml"), Does.Contain("<id>https://news.example.org/news/2022/english-only/</id>"));
            Assert.That(Cards(site, "index.html"), Is.EqualTo(new[] { "/news/2022/english-only/", "/news/2020/mou/" }), "the default language has nothing to fall back to");
            Assert.That(Cards(site, "ja/index.html"), Is.EqualTo(new[] { "/ja/news/2023/データ/", "/news/2022/english-only/", "/ja/news/2020/mou/" }));
        });
    }

    private static List<string?> Cards(TestSite site, string file) =>
        [.. site.Html(file).QuerySelectorAll(".card__title a").Select(a => a.GetAttribute("href"))];
}
