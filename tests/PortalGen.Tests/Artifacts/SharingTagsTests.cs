using AngleSharp.Dom;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Artifacts;

/// <summary>OpenGraph and Twitter tags, so a shared link shows a proper card in chat and social apps.</summary>
public sealed class SharingTagsTests() : BuiltSiteTests(Site)
{
    private const string Site = TestSite.Basics + """
        -- content/news/2020/with-image/index.md --
        ---
        title: With an image
        date: 2020-12-02T09:00:00+01:00
        lastmod: 2020-12-03T10:00:00+01:00
        summary: A picture says it.
        image: signing.jpg
        image_alt: Two people sign a paper
        image_credit: Cyber Valley
        ---
        Body.
        -- content/news/2020/with-image/signing.jpg --
        (image 1600x1000)
        -- content/news/2019/plain.md --
        ---
        title: Plain
        date: 2019-03-29
        summary: No picture.
        ---
        Body.
        """;

    private static string? Meta(IDocument page, string key) =>
        page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")?.GetAttribute("content");

    [Test]
    public void Release_page_is_shared_as_an_article_with_its_image_and_a_large_card()
    {
        var page = Built.Html("news/2020/with-image/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(Meta(page, "og:type"), Is.EqualTo("article"));
            Assert.That(Meta(page, "og:title"), Is.EqualTo("With an image"));
            Assert.That(Meta(page, "og:description"), Is.EqualTo("A picture says it."));
            Assert.That(Meta(page, "og:url"), Is.EqualTo("https://news.example.org/news/2020/with-image/"));
            Assert.That(Meta(page, "og:site_name"), Is.EqualTo("Test Portal"));
            Assert.That(ImageNames.WithoutHash(Meta(page, "og:image")), Is.EqualTo("https://news.example.org/news/2020/with-image/signing.1200x675.HASH.jpg"));
            Assert.That(Meta(page, "og:image:width"), Is.EqualTo("1200"));
            Assert.That(Meta(page, "og:image:height"), Is.EqualTo("675"));
            Assert.That(Meta(page, "og:image:alt"), Is.EqualTo("Two people sign a paper"));
            Assert.That(Meta(page, "article:published_time"), Is.EqualTo("2020-12-02T09:00:00+01:00"));
            Assert.That(Meta(page, "article:modified_time"), Is.EqualTo("2020-12-03T10:00:00+01:00"));
            Assert.That(Meta(page, "twitter:card"), Is.EqualTo("summary_large_image"));
        });
    }

    [Test]
    public void Release_without_an_image_gets_a_small_card_and_no_image_tag()
    {
        var page = Built.Html("news/2019/plain/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(Meta(page, "twitter:card"), Is.EqualTo("summary"));
            Assert.That(Meta(page, "og:image"), Is.Null);
            Assert.That(Meta(page, "article:modified_time"), Is.Null);
        });
    }

    [Test]
    public void Home_is_shared_as_a_website_with_the_site_description()
    {
        var page = Built.Html("index.html");

        Assert.Multiple(() =>
        {
            Assert.That(Meta(page, "og:type"), Is.EqualTo("website"));
            Assert.That(Meta(page, "og:description"), Is.EqualTo("Releases of the test consortium."));
            Assert.That(Meta(page, "og:url"), Is.EqualTo("https://news.example.org/"));
            Assert.That(Meta(page, "article:published_time"), Is.Null);
        });
    }
}
