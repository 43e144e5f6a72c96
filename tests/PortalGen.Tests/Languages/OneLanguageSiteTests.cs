using PortalGen.Tests.Support;

namespace PortalGen.Tests.Languages;

/// <summary>A site with one language is built exactly as one that never heard of languages.</summary>
public sealed class OneLanguageSiteTests
{
    private const string Content = TestSite.Basics + TestSite.AboutPage + """
        -- content/news/2020/x.md --
        ---
        title: X
        date: 2020-12-02
        partners: [nec, uni-tuebingen]
        topics: [ai]
        ---
        Body.
        -- content/news/2021/y.md --
        ---
        title: Y
        date: 2021-01-02
        ---
        Body.

        """;

    [TestCase("languages: [en]")]
    [TestCase("languages:\n  en:")]
    [TestCase("language: en")]
    public void A_site_listing_one_language_writes_the_same_bytes_as_a_site_without_languages(string setting)
    {
        using var plain = TestSite.Create(Content);
        plain.BuildOk();
        using var listed = TestSite.Create(Content);
        listed.Add($"-- content/site.yml --\n{SiteYml}{setting}\n");
        listed.BuildOk();

        Assert.That(FolderSnapshot.Published(listed.Output), Is.EqualTo(FolderSnapshot.Published(plain.Output)));
    }

    [Test]
    public void A_one_language_site_has_no_switcher_and_no_hreflang()
    {
        using var site = TestSite.Create(Content);
        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(site.Html("news/2020/x/index.html").QuerySelector(".language-switcher"), Is.Null);
            Assert.That(site.Html("news/2020/x/index.html").QuerySelector("link[hreflang]"), Is.Null);
            Assert.That(site.Read("sitemap.xml"), Does.Not.Contain("xhtml"));
        });
    }

    private const string SiteYml = """
        title: Test Portal
        description: Releases of the test consortium.
        base_url: https://news.example.org/
        paginate: 2

        """;
}
