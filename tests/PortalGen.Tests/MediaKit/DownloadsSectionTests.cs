using AngleSharp.Dom;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.MediaKit;

public sealed class DownloadsSectionTests
{
    private static readonly MemorySite Built = MemorySite.BuildOk(MediaKitSite.Site);

    private static IElement[] Downloads() => [.. Built.Html("news/2020/x/index.html").QuerySelectorAll("section.downloads li.download")];

    [Test]
    public void The_release_page_lists_each_download_in_the_order_written()
    {
        var links = Downloads().Select(d => d.QuerySelector("a.download__link")!.GetAttribute("href")).ToArray();

        Assert.That(links, Is.EqualTo(new[] { "/news/2020/x/photos/lab.jpg", "/news/2020/x/report.pdf" }));
        Assert.That(links.Select(link => link![1..]), Is.All.Matches<string>(Built.Exists));
    }

    [Test]
    public void Each_download_shows_its_caption_type_size_credit_and_licence()
    {
        var pdf = Downloads()[1];

        Assert.Multiple(() =>
        {
            Assert.That(pdf.QuerySelector(".download__link")!.TextContent, Is.EqualTo("Annual report"));
            Assert.That(pdf.QuerySelector(".download__meta")!.TextContent, Is.EqualTo($"PDF, {MediaKitSite.Pdf.Length} B"));
            Assert.That(pdf.QuerySelector(".download__credit")!.TextContent, Is.EqualTo("Credit: Cyber Valley · Licence: https://example.org/terms"));
            Assert.That(pdf.QuerySelector(".download__credit a[rel=license]")!.GetAttribute("href"), Is.EqualTo("https://example.org/terms"));
        });
    }

    [Test]
    public void A_photo_shows_its_type_a_creative_commons_licence_by_name_and_a_thumbnail_that_is_published()
    {
        var photo = Downloads()[0];
        var thumbnail = photo.QuerySelector("img.download__thumbnail")!;

        Assert.Multiple(() =>
        {
            Assert.That(photo.QuerySelector(".download__meta")!.TextContent, Does.Match(@"^JPEG image, [0-9.]+ kB$"));
            Assert.That(photo.QuerySelector("a[rel=license]")!.TextContent, Is.EqualTo("CC BY 4.0"));
            Assert.That(photo.QuerySelector("a[rel=license]")!.GetAttribute("href"), Is.EqualTo("https://creativecommons.org/licenses/by/4.0/"));
            Assert.That(thumbnail.GetAttribute("src"), Does.StartWith("/news/2020/x/photos/"));
            Assert.That(Built.Exists(thumbnail.GetAttribute("src")![1..]), Is.True);
        });
    }

    [Test]
    public void A_caption_is_shown_as_text_not_markup()
    {
        var link = Downloads()[0].QuerySelector(".download__link")!;

        Assert.That(link.TextContent, Is.EqualTo("The <b>lab</b> in Tübingen"));
        Assert.That(link.QuerySelector("b"), Is.Null);
    }

    [Test]
    public void The_press_kit_is_linked_at_the_top_with_its_size()
    {
        var kit = Built.Html("news/2020/x/index.html").QuerySelector("section.downloads > .downloads__kit a")!;
        var length = Built.Bytes("news/2020/x/press-kit.zip")!.Length;

        Assert.That(kit.GetAttribute("href"), Is.EqualTo("/news/2020/x/press-kit.zip"));
        Assert.That(kit.TextContent, Is.EqualTo($"All files with their credits (ZIP, {PortalGen.Model.FileSizeTexts.Of(length, "en")})"));
    }

    [Test]
    public void A_release_without_downloads_has_no_downloads_section_and_no_press_kit()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease);

        Assert.That(site.Html("news/2020/x/index.html").QuerySelector("section.downloads"), Is.Null);
        Assert.That(site.OutputPaths, Has.None.EndsWith("press-kit.zip"));
    }

    [Test]
    public void A_translation_shows_its_own_captions_and_sizes_in_its_language()
    {
        var site = MemorySite.BuildOk(TestSite.Basics.Replace("paginate: 2", "paginate: 2\nlanguages:\n  en:\n  de:", StringComparison.Ordinal) + MediaKitSite.Bundle + """
            -- content/news/2020/x/index.de.md --
            ---
            title: X und Y
            date: 2020-12-02
            downloads:
              - file: report.pdf
                caption: Jahresbericht
                credit: Cyber Valley
                license: CC0-1.0
            ---
            Text.

            """);
        var download = site.Html("de/news/2020/x/index.html").QuerySelector("li.download")!;

        Assert.Multiple(() =>
        {
            Assert.That(download.QuerySelector(".download__link")!.TextContent, Is.EqualTo("Jahresbericht"));
            Assert.That(download.QuerySelector(".download__link")!.GetAttribute("href"), Is.EqualTo("/de/news/2020/x/report.pdf"));
            Assert.That(site.Exists("de/news/2020/x/report.pdf"), Is.True);
            Assert.That(download.QuerySelector(".download__credit")!.TextContent, Is.EqualTo("Nachweis: Cyber Valley · Lizenz: CC0 1.0"));
            Assert.That(site.Exists("de/news/2020/x/press-kit.zip"), Is.True);
        });
    }
}
