using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Imaging;

/// <summary>
/// A photo kept once in static/ for many releases (a campus map, a logo wall) and named from the site root in a
/// body reaches readers as a bundle's photo does: a picture of variants published beside it, checked where it is named.
/// </summary>
public sealed class StaticImageTests
{
    private const string Campus = """
        -- content/news/2020/campus.md --
        ---
        title: Campus
        date: 2020-12-02
        ---
        Intro.

        ![Map of the campus](/images/campus-map.jpg)

        """;

    private const string Site = TestSite.Basics + Campus + """
        -- content/static/images/campus-map.jpg --
        (image 3000x2000)

        """;

    private const string SmallPhoto = """
        -- content/static/images/campus-map.jpg --
        (image 1200x800)

        """;

    [Test]
    public void A_static_photo_in_a_body_is_a_lazy_picture_of_webp_and_jpeg_variants_beside_it()
    {
        var site = MemorySite.BuildOk(Site);
        var picture = site.Html("news/2020/campus/index.html").QuerySelector(".prose picture")!;
        var source = picture.QuerySelector("source")!;
        var img = picture.QuerySelector("img")!;

        Assert.Multiple(() =>
        {
            Assert.That(source.GetAttribute("type"), Is.EqualTo("image/webp"));
            Assert.That(ImageNames.WithoutHash(source.GetAttribute("srcset")), Is.EqualTo(
                "/images/campus-map.480x320.HASH.webp 480w, /images/campus-map.960x640.HASH.webp 960w, /images/campus-map.1920x1280.HASH.webp 1920w"));
            Assert.That(ImageNames.WithoutHash(img.GetAttribute("srcset")), Is.EqualTo(
                "/images/campus-map.480x320.HASH.jpg 480w, /images/campus-map.960x640.HASH.jpg 960w, /images/campus-map.1920x1280.HASH.jpg 1920w"));
            Assert.That(ImageNames.WithoutHash(img.GetAttribute("src")), Is.EqualTo("/images/campus-map.960x640.HASH.jpg"));
            Assert.That(img.GetAttribute("sizes"), Is.EqualTo(source.GetAttribute("sizes")).And.EqualTo("(min-width: 50rem) 46rem, 100vw"));
            Assert.That($"{img.GetAttribute("alt")}: {img.GetAttribute("loading")} {img.GetAttribute("decoding")} {img.GetAttribute("width")}x{img.GetAttribute("height")}", Is.EqualTo("Map of the campus: lazy async 3000x2000"));
            Assert.That(site.Exists("images/campus-map.jpg"), Is.True, "the original is still published where static/ puts it");
        });
    }

    [Test]
    public void Every_variant_the_picture_names_is_published_and_decodes_at_its_size()
    {
        var site = MemorySite.BuildOk(Site);
        var urls = VariantUrls(Body(site, "news/2020/campus/index.html"));

        Assert.That(urls, Has.Count.EqualTo(6), "three widths in two formats");
        Assert.Multiple(() =>
        {
            foreach (var url in urls)
            {
                var bytes = site.Bytes(url.TrimStart('/')) ?? throw new AssertionException($"{url} is not published");
                Assert.That(Pixels.SizeOf(bytes), Is.EqualTo(NamedSize(url)), url);
                Assert.That(url.EndsWith(".webp", StringComparison.Ordinal) ? bytes[8..12] : bytes[..2], Is.EqualTo(url.EndsWith(".webp", StringComparison.Ordinal) ? "WEBP"u8.ToArray() : [0xFF, 0xD8]), url);
            }
        });
    }

    [Test]
    public void Below_a_sub_path_the_variants_carry_it_in_pages_and_resolve_to_published_files_in_feeds()
    {
        var site = MemorySite.BuildOk(Site + SmallPhoto + """
            -- content/site.yml --
            title: Test Portal
            base_url: https://example.org/portal/

            """);
        var page = VariantUrls(Body(site, "news/2020/campus/index.html"));
        var entry = XDocument.Parse(site.Read("feed.xml")).Descendants(XName.Get("content", "http://www.w3.org/2005/Atom")).Single();
        var feedBase = new Uri(entry.Attribute(XNamespace.Xml + "base")!.Value);
        var feed = VariantUrls(new HtmlParser().ParseDocument(entry.Value)).Select(url => new Uri(feedBase, url).AbsoluteUri).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(page.Select(ImageNames.WithoutHash), Is.EqualTo(new[]
            {
                "/portal/images/campus-map.480x320.HASH.webp", "/portal/images/campus-map.960x640.HASH.webp", "/portal/images/campus-map.1200x800.HASH.webp",
                "/portal/images/campus-map.480x320.HASH.jpg", "/portal/images/campus-map.960x640.HASH.jpg", "/portal/images/campus-map.1200x800.HASH.jpg",
            }));
            Assert.That(feed, Is.EqualTo(page.Select(url => "https://example.org" + url)), "a feed reader resolves them against the entry's xml:base");
            foreach (var url in page)
            {
                Assert.That(site.Exists(url["/portal/".Length..]), Is.True, url);
            }
        });
    }

    [Test]
    public void A_static_photo_shown_by_two_releases_and_as_a_lead_image_is_published_once()
    {
        var output = Build(TestSite.Basics + Campus + SmallPhoto + """
            -- content/news/2021/visit.md --
            ---
            title: Visit
            date: 2021-03-01
            image: /images/campus-map.jpg
            image_alt: The campus from above
            image_credit: Cyber Valley
            ---
            How to get here:

            ![Map of the campus](/images/campus-map.jpg)

            """);

        Assert.Multiple(() =>
        {
            Assert.That(output.Result.Diagnostics.Select(d => d.ToString()), Is.Empty, "no file is reported as colliding with another");
            Assert.That(output.Site.WrittenMoreThanOnce, Is.Empty);
            Assert.That(Variants(output.Site), Has.Count.EqualTo(11), "three widths in two formats, three crops, a thumbnail in two formats");
            var campus = VariantUrls(Body(output.Site, "news/2020/campus/index.html"));
            Assert.That(VariantUrls(Body(output.Site, "news/2021/visit/index.html")), Is.EqualTo(campus));
            Assert.That(VariantUrls(output.Site.Html("news/2021/visit/index.html").QuerySelector(".release__figure")!), Is.EqualTo(campus), "the lead image shows the same files");
        });
    }

    [Test]
    public void A_translation_shows_the_same_variants_from_the_site_root()
    {
        var output = Build(TestSite.Basics + Campus + SmallPhoto + """
            -- content/site.yml --
            title: Test Portal
            base_url: https://news.example.org/
            languages: [en, de]
            -- content/news/2020/campus.de.md --
            ---
            title: Campus
            date: 2020-12-02
            ---
            Einführung.

            ![Lageplan des Campus](/images/campus-map.jpg)

            """);
        var english = VariantUrls(Body(output.Site, "news/2020/campus/index.html"));

        Assert.Multiple(() =>
        {
            Assert.That(output.Result.Diagnostics.Select(d => d.ToString()), Is.Empty);
            Assert.That(english, Has.Count.EqualTo(6).And.All.StartWith("/images/campus-map."));
            Assert.That(VariantUrls(Body(output.Site, "de/news/2020/campus/index.html")), Is.EqualTo(english));
            Assert.That(output.Site.WrittenMoreThanOnce, Is.Empty);
            Assert.That(Variants(output.Site), Has.Count.EqualTo(6), "nothing is published below de/ for a photo of static/");
        });
    }

    [TestCase("campus-map.jpg", "truncated", "error: content/static/images/campus-map.jpg cannot be published: it is truncated: the file ends before the picture does (open it in an image editor and export it again as JPEG or PNG)")]
    [TestCase("campus-map.jpg", "text", "error: '/images/campus-map.jpg' is not an image this build can read, or it is damaged (open it in an image editor and export it again as JPEG or PNG)")]
    [TestCase("campus-map.heic", "heic", "error: '/images/campus-map.heic' is a HEIC photo, which most browsers cannot show and this build cannot convert (export it as JPEG (on an iPhone: Settings > Camera > Formats > Most Compatible))")]
    [TestCase("campus-map.png", "bomb", "error: '/images/campus-map.png' has 12000 × 12000 pixels, more than the 100 megapixels a build decodes (scale it down (a web photo needs 3,000 pixels across at most), or raise 'images: max_pixels:' in site.yml)")]
    [TestCase("campus-map.jpg", "png", "warning: '/images/campus-map.jpg' holds a PNG image, not what its name says (rename it to end in .png)")]
    public void A_bad_static_photo_is_reported_where_the_body_names_it(string name, string kind, string expected)
    {
        var whole = TestImages.Jpeg(1200, 800);
        byte[] bytes = kind switch
        {
            "truncated" => whole[..(whole.Length / 2)],
            "text" => "<html>Not found</html>"u8.ToArray(),
            "heic" => TestImages.Heic(),
            "bomb" => TestImages.PngBomb(12_000, 12_000),
            _ => TestImages.Png(640, 400),
        };
        var sources = MemorySite.Sources(TestSite.Basics + Campus.Replace("campus-map.jpg", name, StringComparison.Ordinal));
        sources["content/static/images/" + name] = bytes;

        Assert.That(MemorySite.Build(sources).Result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[] { "content/news/2020/campus.md:7:1: " + expected }));
    }

    [Test]
    public void An_animated_GIF_from_static_is_published_as_it_is_with_its_size()
    {
        var gif = TestImages.Fixture("loop.gif");
        var sources = MemorySite.Sources(TestSite.Basics + Campus.Replace("campus-map.jpg", "loop.gif", StringComparison.Ordinal));
        sources["content/static/images/loop.gif"] = gif;
        var site = MemorySite.Build(sources);
        Assert.That(site.Result.Diagnostics.Select(d => d.ToString()), Is.Empty);
        var body = Body(site, "news/2020/campus/index.html");
        var img = body.QuerySelector("img")!;

        Assert.Multiple(() =>
        {
            Assert.That($"{img.GetAttribute("src")} {img.GetAttribute("loading")} {img.GetAttribute("width")}x{img.GetAttribute("height")}", Is.EqualTo("/images/loop.gif lazy 60x40"));
            Assert.That(body.QuerySelectorAll("picture, [srcset]"), Is.Empty, "an animation would lose its frames");
            Assert.That(site.Bytes("images/loop.gif"), Is.EqualTo(gif));
        });
    }

    private static (BuildResult Result, CountingOutput Site) Build(string txtar)
    {
        var output = new CountingOutput();
        return (PortalGen.Build.Run(MemorySite.Sources(txtar), MemorySite.Settings, output), output);
    }

    private static List<string> Variants(SiteOutputReader site) =>
        [.. site.OutputPaths.Where(path => ImageNames.WithoutHash(path) != path)];

    /// <summary>Every URL the srcsets of the pictures below <paramref name="html"/> name, WebP first, in their order.</summary>
    private static List<string> VariantUrls(IParentNode html) =>
    [
        .. html.QuerySelectorAll("picture source, picture img")
            .SelectMany(element => (element.GetAttribute("srcset") ?? "").Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(candidate => candidate.Split(' ')[0]))
            .Distinct(),
    ];

    private static IElement Body(SiteOutputReader site, string page) => site.Html(page).QuerySelector(".prose")!;

    /// <summary>"/images/campus-map.480x320.1a2b3c4d5e.webp" → (480, 320).</summary>
    private static (int Width, int Height) NamedSize(string url)
    {
        var size = url.Split('.')[^3].Split('x');
        return (int.Parse(size[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(size[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
