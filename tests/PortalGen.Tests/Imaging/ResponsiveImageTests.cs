using PortalGen.Tests.Support;
using SkiaSharp;

namespace PortalGen.Tests.Imaging;

/// <summary>
/// A photo reaches a phone as a phone-sized WebP: every local raster image becomes variants at the configured
/// widths (never wider than the photo), written as a picture with a WebP source and a fallback in its own format.
/// </summary>
public sealed class ResponsiveImageTests
{
    private const string Site = TestSite.Basics + """
        -- content/news/2020/x/index.md --
        ---
        title: X
        date: 2020-12-02
        image: lead.jpg
        image_alt: The lab from outside
        image_credit: Cyber Valley
        ---
        Intro.

        ![A chart of results](chart.png)
        -- content/news/2020/x/lead.jpg --
        (image 3000x2000)
        -- content/news/2020/x/chart.png --
        (image 640x400)

        """;

    [Test]
    public void Lead_photo_is_a_picture_with_webp_and_jpeg_at_each_width_it_allows()
    {
        var site = MemorySite.BuildOk(Site);
        var figure = site.Html("news/2020/x/index.html").QuerySelector(".release__figure picture")!;
        var source = figure.QuerySelector("source")!;
        var img = figure.QuerySelector("img")!;

        Assert.Multiple(() =>
        {
            Assert.That(source.GetAttribute("type"), Is.EqualTo("image/webp"));
            Assert.That(ImageNames.WithoutHash(source.GetAttribute("srcset")), Is.EqualTo(
                "/news/2020/x/lead.480x320.HASH.webp 480w, /news/2020/x/lead.960x640.HASH.webp 960w, /news/2020/x/lead.1920x1280.HASH.webp 1920w"));
            Assert.That(ImageNames.WithoutHash(img.GetAttribute("srcset")), Is.EqualTo(
                "/news/2020/x/lead.480x320.HASH.jpg 480w, /news/2020/x/lead.960x640.HASH.jpg 960w, /news/2020/x/lead.1920x1280.HASH.jpg 1920w"));
            Assert.That(ImageNames.WithoutHash(img.GetAttribute("src")), Is.EqualTo("/news/2020/x/lead.960x640.HASH.jpg"), "browsers without srcset get the middle size");
            Assert.That(img.GetAttribute("sizes"), Is.EqualTo(source.GetAttribute("sizes")).And.EqualTo("(min-width: 50rem) 46rem, 100vw"));
            Assert.That($"{img.GetAttribute("width")}x{img.GetAttribute("height")}", Is.EqualTo("3000x2000"), "the aspect ratio reserves the space");
            Assert.That(img.GetAttribute("fetchpriority"), Is.EqualTo("high"));
            Assert.That(img.HasAttribute("loading"), Is.False);
        });
    }

    [Test]
    public void Every_variant_named_in_a_page_is_published_in_its_format_at_its_size()
    {
        var site = MemorySite.BuildOk(Site);
        var page = site.Html("news/2020/x/index.html");
        var urls = page.QuerySelectorAll("picture source, picture img")
            .SelectMany(element => (element.GetAttribute("srcset") ?? "").Split(", ").Select(candidate => candidate.Split(' ')[0]))
            .Where(url => url.Length > 0)
            .Distinct()
            .ToList();

        Assert.That(urls, Has.Count.EqualTo(10), "three widths of the lead in two formats, two of the chart in two formats");
        Assert.Multiple(() =>
        {
            foreach (var url in urls)
            {
                var (width, height, format) = Decoded(site.Bytes(url.TrimStart('/')) ?? throw new AssertionException($"{url} is not published"));
                Assert.That($"{width}x{height}.{format}", Is.EqualTo(NamedSize(url)), url);
            }
        });
    }

    [Test]
    public void A_photo_is_never_made_larger_than_it_is()
    {
        var site = MemorySite.BuildOk(Site);
        var chart = site.Html("news/2020/x/index.html").QuerySelector(".prose picture")!;

        Assert.Multiple(() =>
        {
            Assert.That(ImageNames.WithoutHash(chart.QuerySelector("source")!.GetAttribute("srcset")), Is.EqualTo(
                "/news/2020/x/chart.480x300.HASH.webp 480w, /news/2020/x/chart.640x400.HASH.webp 640w"));
            Assert.That(ImageNames.WithoutHash(chart.QuerySelector("img")!.GetAttribute("srcset")), Is.EqualTo(
                "/news/2020/x/chart.480x300.HASH.png 480w, /news/2020/x/chart.640x400.HASH.png 640w"), "a chart stays a PNG: sharp edges, maybe transparent");
        });
    }

    [Test]
    public void Body_pictures_load_lazily_with_their_alt_text()
    {
        var site = MemorySite.BuildOk(Site);
        var img = site.Html("news/2020/x/index.html").QuerySelector(".prose picture img")!;

        Assert.Multiple(() =>
        {
            Assert.That(img.GetAttribute("alt"), Is.EqualTo("A chart of results"));
            Assert.That(img.GetAttribute("loading"), Is.EqualTo("lazy"));
            Assert.That($"{img.GetAttribute("width")}x{img.GetAttribute("height")}", Is.EqualTo("640x400"));
            Assert.That(img.GetAttribute("sizes"), Is.EqualTo("(min-width: 50rem) 46rem, 100vw"));
        });
    }

    [Test]
    public void Widths_quality_and_sizes_come_from_the_site_settings()
    {
        var site = MemorySite.BuildOk(Site + """
            -- content/site.yml --
            title: Test Portal
            base_url: https://news.example.org/
            images:
              widths: [300, 1000]
              quality: 60
              sizes: 100vw

            """);
        var img = site.Html("news/2020/x/index.html").QuerySelector(".release__figure img")!;

        Assert.Multiple(() =>
        {
            Assert.That(ImageNames.WithoutHash(img.GetAttribute("srcset")), Is.EqualTo("/news/2020/x/lead.300x200.HASH.jpg 300w, /news/2020/x/lead.1000x667.HASH.jpg 1000w"));
            Assert.That(img.GetAttribute("sizes"), Is.EqualTo("100vw"));
        });
    }

    [Test]
    public void A_variant_is_renamed_when_the_photo_or_the_settings_change()
    {
        string LeadSrc(MemorySite site) => site.Html("news/2020/x/index.html").QuerySelector(".release__figure img")!.GetAttribute("src")!;

        var original = LeadSrc(MemorySite.BuildOk(Site));
        var again = LeadSrc(MemorySite.BuildOk(Site));
        var otherPhoto = LeadSrc(MemorySite.BuildOk(Site + "-- content/news/2020/x/lead.jpg --\n(image 3000x2001)\n"));
        var otherQuality = LeadSrc(MemorySite.BuildOk(Site + "-- content/site.yml --\ntitle: Test Portal\nbase_url: https://news.example.org/\nimages:\n  quality: 70\n"));

        Assert.Multiple(() =>
        {
            Assert.That(again, Is.EqualTo(original), "the same photo and settings keep their name, so hosts may cache it forever");
            Assert.That(otherPhoto, Is.Not.EqualTo(original));
            Assert.That(otherQuality, Is.Not.EqualTo(original));
        });
    }

    [Test]
    public void Variants_are_the_same_bytes_in_every_build()
    {
        var first = MemorySite.BuildOk(Site);
        var second = MemorySite.BuildOk(Site);
        var variants = first.OutputPaths.Where(path => ImageNames.WithoutHash(path) != path).ToList();

        Assert.That(variants, Is.Not.Empty);
        Assert.That(variants.Select(path => second.Bytes(path)), Is.EqualTo(variants.Select(path => first.Bytes(path))));
    }

    /// <summary>"/news/2020/x/lead.480x320.1a2b3c4d5e.webp" → "480x320.webp".</summary>
    private static string NamedSize(string url)
    {
        var parts = url.Split('.');
        return $"{parts[^3]}.{parts[^1]}";
    }

    private static (int Width, int Height, string Format) Decoded(byte[] bytes)
    {
        using var codec = SKCodec.Create(SKData.CreateCopy(bytes)) ?? throw new AssertionException("not an image");
        var format = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => "jpg",
            SKEncodedImageFormat.Webp => "webp",
            SKEncodedImageFormat.Png => "png",
            var other => other.ToString(),
        };
        return (codec.Info.Width, codec.Info.Height, format);
    }
}
