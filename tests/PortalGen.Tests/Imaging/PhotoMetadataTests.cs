using System.Text.Json;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Imaging;

/// <summary>
/// What a photo carries besides pixels: the camera's orientation is applied, its GPS position and camera data
/// never reach a variant, and its credit (from front matter or the photo's own XMP) is shown and written as data.
/// </summary>
public sealed class PhotoMetadataTests
{
    private static MemorySite Build(byte[] photo, string frontMatter = "image_credit: Cyber Valley")
    {
        var sources = Txtar.Parse(TestSite.Basics + Release.File("2020/x/index.md", "title: X\ndate: 2020-12-02\nimage: lead.jpg\nimage_alt: The lab\n" + frontMatter))
            .ToDictionary(file => file.Path, file => TestImages.FileBytes(file.Path, file.Text));
        sources["content/news/2020/x/lead.jpg"] = photo;
        return MemorySite.Build(sources);
    }

    private static IEnumerable<string> Variants(MemorySite site) =>
        site.OutputPaths.Where(path => path.StartsWith("news/2020/x/lead.", StringComparison.Ordinal) && ImageNames.WithoutHash(path) != path);

    [Test]
    public void A_photo_the_camera_stored_on_its_side_is_published_upright()
    {
        // Stored 800 × 400 with orientation 6: shown turned a quarter clockwise, 400 × 800, blue top left and red top right.
        var site = Build(TestImages.WithExif(TestImages.Jpeg(800, 400), orientation: 6));
        var img = site.Html("news/2020/x/index.html").QuerySelector(".release__figure img")!;
        var variant = site.Bytes(img.GetAttribute("src")!.TrimStart('/'))!;

        Assert.Multiple(() =>
        {
            Assert.That($"{img.GetAttribute("width")}x{img.GetAttribute("height")}", Is.EqualTo("400x800"));
            Assert.That(Pixels.SizeOf(variant), Is.EqualTo((400, 800)));
            Assert.That(
                new[] { Pixels.ColourAt(variant, 10, 10), Pixels.ColourAt(variant, -10, 10), Pixels.ColourAt(variant, 10, -10), Pixels.ColourAt(variant, -10, -10) },
                Is.EqualTo(new[] { "blue", "red", "yellow", "green" }));
        });
    }

    [Test]
    public void No_variant_keeps_the_camera_data_or_the_GPS_position()
    {
        var photo = TestImages.WithXmp(TestImages.WithExif(TestImages.Jpeg(2000, 1400), orientation: 1), "Cyber Valley / Jane Doe", "© 2020 Cyber Valley", "https://creativecommons.org/licenses/by/4.0/");
        var site = Build(photo);
        var variants = Variants(site).ToList();

        Assert.That(variants, Has.Count.GreaterThanOrEqualTo(8), "responsive sizes in two formats, three crops, a thumbnail");
        Assert.Multiple(() =>
        {
            foreach (var path in variants)
            {
                var bytes = site.Bytes(path)!;
                Assert.That(bytes.AsSpan().IndexOf("Exif"u8), Is.EqualTo(-1), path);
                Assert.That(bytes.AsSpan().IndexOf("http://ns.adobe.com/xap/"u8), Is.EqualTo(-1), path);
            }
        });
    }

    [Test]
    public void Credit_in_front_matter_is_the_caption_and_the_structured_data()
    {
        var site = Build(TestImages.Jpeg(2000, 1400), "image_credit: Cyber Valley / Jane Doe\nimage_license: CC-BY-4.0");
        var page = site.Html("news/2020/x/index.html");
        var caption = page.QuerySelector(".release__figure figcaption")!;

        Assert.Multiple(() =>
        {
            Assert.That(caption.TextContent, Is.EqualTo("Photo: Cyber Valley / Jane Doe · CC BY 4.0"));
            Assert.That(caption.QuerySelector("a[rel=license]")!.GetAttribute("href"), Is.EqualTo("https://creativecommons.org/licenses/by/4.0/"));
            Assert.That(site.Result.Diagnostics, Is.Empty);
        });
    }

    [Test]
    public void Credit_the_photo_carries_in_XMP_needs_no_retyping()
    {
        var photo = TestImages.WithXmp(TestImages.Jpeg(2000, 1400), "dpa / Jane Doe", "© 2020 Jane Doe", "https://creativecommons.org/licenses/by/4.0/");
        var site = Build(photo, frontMatter: "");
        var page = site.Html("news/2020/x/index.html");
        using var jsonLd = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        var image = jsonLd.RootElement.GetProperty("image")[0];

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector(".release__figure figcaption")!.TextContent, Is.EqualTo("Photo: dpa / Jane Doe · CC BY 4.0"));
            Assert.That(image.GetProperty("creditText").GetString(), Is.EqualTo("dpa / Jane Doe"));
            Assert.That(image.GetProperty("copyrightNotice").GetString(), Is.EqualTo("© 2020 Jane Doe"));
            Assert.That(image.GetProperty("license").GetString(), Is.EqualTo("https://creativecommons.org/licenses/by/4.0/"));
            Assert.That(site.Result.Diagnostics, Is.Empty, "a credited photo is not a warning");
        });
    }

    [Test]
    public void A_photo_without_any_credit_is_a_warning_at_the_image_line()
    {
        var site = Build(TestImages.Jpeg(2000, 1400), frontMatter: "");

        Assert.That(site.Result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
        {
            "content/news/2020/x/index.md:4:8: warning: the lead image has no credit (name who made it in 'image_credit:' (and its licence in 'image_license:', such as CC-BY-4.0))",
        }));
    }
}
