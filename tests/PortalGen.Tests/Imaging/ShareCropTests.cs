using System.Text.Json;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Imaging;

/// <summary>
/// The lead photo cropped as search engines and social networks ask (16:9, 4:3, 1:1, 1,200 pixels wide), around
/// the focus the editor names; the card thumbnail is a crop too.
/// </summary>
public sealed class ShareCropTests
{
    private static string Site(string photo = "(image 3000x2000)", string frontMatter = "") => TestSite.Basics + $"""
        -- content/news/2020/x/index.md --
        ---
        title: X
        date: 2020-12-02
        image: lead.jpg
        image_alt: The lab from outside
        image_credit: Cyber Valley
        image_license: CC-BY-4.0
        {frontMatter}
        ---
        Body.
        -- content/news/2020/x/lead.jpg --
        {photo}

        """;

    private static string[] ShareCropUrls(MemorySite site)
    {
        var jsonLd = site.Html("news/2020/x/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(jsonLd);
        return [.. json.RootElement.GetProperty("image").EnumerateArray().Select(image => image.GetProperty("url").GetString()!)];
    }

    private static byte[] Published(MemorySite site, string url) =>
        site.Bytes(url.Replace("https://news.example.org/", "", StringComparison.Ordinal)) ?? throw new AssertionException($"{url} is not published");

    [Test]
    public void JSON_LD_names_the_three_crops_with_their_sizes_and_credit()
    {
        var site = MemorySite.BuildOk(Site());
        var jsonLd = site.Html("news/2020/x/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        using var json = JsonDocument.Parse(jsonLd);
        var images = json.RootElement.GetProperty("image").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(images.Select(image => $"{image.GetProperty("width")}x{image.GetProperty("height")}"), Is.EqualTo(new[] { "1200x675", "1200x900", "1200x1200" }));
            Assert.That(images.Select(image => image.GetProperty("@type").GetString()), Is.All.EqualTo("ImageObject"));
            Assert.That(images.Select(image => image.GetProperty("creditText").GetString()), Is.All.EqualTo("Cyber Valley"));
            Assert.That(images.Select(image => image.GetProperty("license").GetString()), Is.All.EqualTo("https://creativecommons.org/licenses/by/4.0/"));
            foreach (var image in images)
            {
                var url = image.GetProperty("url").GetString()!;
                Assert.That(Pixels.SizeOf(Published(site, url)), Is.EqualTo((image.GetProperty("width").GetInt32(), image.GetProperty("height").GetInt32())), url);
            }
        });
    }

    [Test]
    public void The_16_to_9_crop_is_the_sharing_image_with_its_size()
    {
        var site = MemorySite.BuildOk(Site());
        var page = site.Html("news/2020/x/index.html");
        string? Meta(string property) => page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content");

        Assert.Multiple(() =>
        {
            Assert.That(Meta("og:image"), Is.EqualTo(ShareCropUrls(site)[0]));
            Assert.That(ImageNames.WithoutHash(Meta("og:image")), Is.EqualTo("https://news.example.org/news/2020/x/lead.1200x675.HASH.jpg"));
            Assert.That($"{Meta("og:image:width")}x{Meta("og:image:height")}", Is.EqualTo("1200x675"));
            Assert.That(Meta("og:image:type"), Is.EqualTo("image/jpeg"));
            Assert.That(Meta("og:image:alt"), Is.EqualTo("The lab from outside"));
        });
    }

    [TestCase("", "red", "yellow", TestName = "A crop keeps the centre by default")]
    [TestCase("image_focus: top", "red", "green", TestName = "image_focus top keeps the top")]
    [TestCase("image_focus: bottom", "blue", "yellow", TestName = "image_focus bottom keeps the bottom")]
    [TestCase("image_focus: 0.5,0.9", "blue", "yellow", TestName = "image_focus as fractions across and down")]
    public void Focus_point_decides_what_a_crop_keeps(string focus, string topLeft, string bottomRight)
    {
        // A tall photo: its 16:9 crop is a band across it, whose place the focus decides; red and green are the top half.
        var site = MemorySite.BuildOk(Site("(image 1000x2000)", focus));
        var wide = Published(site, ShareCropUrls(site)[0]);

        Assert.That((Pixels.ColourAt(wide, 8, 8), Pixels.ColourAt(wide, -8, -8)), Is.EqualTo((topLeft, bottomRight)));
    }

    [Test]
    public void Crops_never_upscale_and_a_small_photo_is_a_warning_at_the_image_line()
    {
        var site = MemorySite.BuildOk(Site("(image 800x600)"));

        Assert.Multiple(() =>
        {
            Assert.That(site.Result.Diagnostics.Select(d => d.ToString()), Has.One.EqualTo(
                "content/news/2020/x/index.md:4:8: warning: the lead image gives a 16:9 crop of only 800 pixels across; search engines and social networks ask for 1200 (use a larger photo: one 1,200 pixels wide at least, better 2,000 or more)"));
            Assert.That(ShareCropUrls(site).Select(ImageNames.WithoutHash), Is.EqualTo(new[]
            {
                "https://news.example.org/news/2020/x/lead.800x450.HASH.jpg",
                "https://news.example.org/news/2020/x/lead.800x600.HASH.jpg",
                "https://news.example.org/news/2020/x/lead.600x600.HASH.jpg",
            }));
        });
    }

    [Test]
    public void A_focus_that_is_no_point_is_an_error_at_its_line()
    {
        var site = MemorySite.Build(Site(frontMatter: "image_focus: middle-ish"));

        Assert.That(site.Result.Diagnostics.Select(d => d.ToString()), Has.One.StartsWith(
            "content/news/2020/x/index.md:8:14: error: 'middle-ish' is not a focus point (write two fractions from 0 to 1, across then down (0.3,0.4), or one of: "));
    }

    [Test]
    public void The_thumbnail_is_a_16_to_9_crop_for_cards_in_webp_and_jpeg()
    {
        var site = MemorySite.BuildOk(Site() + """
            -- templates/layouts/release.html --
            <p id="thumbnail">{{ page.thumbnail.url }} {{ page.thumbnail.webp_srcset }} {{ page.thumbnail.width }}x{{ page.thumbnail.height }}</p>
            """);

        Assert.That(ImageNames.WithoutHash(site.Html("news/2020/x/index.html").GetElementById("thumbnail")!.TextContent), Is.EqualTo(
            "/news/2020/x/lead.640x360.HASH.jpg /news/2020/x/lead.640x360.HASH.webp 640w 640x360"));
    }
}
