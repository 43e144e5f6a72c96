using System.Buffers.Binary;
using System.Text.Json;
using PortalGen.Imaging;
using PortalGen.Loading;
using PortalGen.Tests.Imaging;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Theme;

/// <summary>The favicon set: drawn from brand.favicon or as a monogram of the title, linked from every page, below the base path.</summary>
public sealed class FaviconTests
{
    private static readonly string[] SetFiles = ["favicon.ico", "apple-touch-icon.png", "icon-192.png", "icon-512.png"];

    private static readonly string UnderNews = TestSite.OneRelease.Replace("https://news.example.org/", "https://example.org/news/", StringComparison.Ordinal);

    private const string RedSquare = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#ff0000"/></svg>""";

    private static string WithBrand(string site, string brand) => site.Replace("paginate: 2", "paginate: 2\nbrand:\n" + brand, StringComparison.Ordinal);

    private static string Link(MemorySite site, string page, string selector) =>
        site.Html(page).QuerySelector($"head link[{selector}]")?.GetAttribute("href") ?? "(none)";

    [Test]
    public void Every_page_links_the_favicon_set_below_the_base_path()
    {
        var site = MemorySite.BuildOk(UnderNews);

        Assert.Multiple(() =>
        {
            foreach (var page in new[] { "index.html", "news/2020/x/index.html", "404.html" })
            {
                Assert.That(Link(site, page, "rel=icon][sizes='32x32'"), Is.EqualTo("/news/favicon.ico"), page);
                Assert.That(Link(site, page, "rel=apple-touch-icon"), Is.EqualTo("/news/apple-touch-icon.png"), page);
                Assert.That(Link(site, page, "rel=manifest"), Is.EqualTo("/news/site.webmanifest"), page);
                Assert.That(Link(site, page, "rel=icon][type='image/svg+xml'"), Is.EqualTo("(none)"), "a monogram has no vector");
            }

            Assert.That(SetFiles.Where(file => !site.Exists(file)), Is.Empty);
        });
    }

    [Test]
    public void The_manifest_names_the_site_its_icons_and_its_colour()
    {
        var site = MemorySite.BuildOk(WithBrand(UnderNews.Replace("title: Test Portal", "title: Cyber Valley News", StringComparison.Ordinal), "  accent: \"#8a1538\""));
        using var manifest = JsonDocument.Parse(site.Bytes("site.webmanifest"));
        var root = manifest.RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("name").GetString(), Is.EqualTo("Cyber Valley News"));
            Assert.That(root.GetProperty("short_name").GetString(), Is.EqualTo("Cyber Valley"));
            Assert.That(root.GetProperty("start_url").GetString(), Is.EqualTo("/news/"));
            Assert.That(root.GetProperty("display").GetString(), Is.EqualTo("standalone"));
            Assert.That(root.GetProperty("theme_color").GetString(), Is.EqualTo("#8a1538"));
            Assert.That(root.GetProperty("background_color").GetString(), Is.EqualTo("#ffffff"));
            Assert.That(
                root.GetProperty("icons").EnumerateArray().Select(icon => $"{icon.GetProperty("src").GetString()} {icon.GetProperty("sizes").GetString()} {icon.GetProperty("type").GetString()}"),
                Is.EqualTo(new[] { "/news/icon-192.png 192x192 image/png", "/news/icon-512.png 512x512 image/png" }));
        });
    }

    [Test]
    public void Favicon_ico_holds_pngs_of_16_32_and_48_px()
    {
        var ico = MemorySite.BuildOk(TestSite.OneRelease).Bytes("favicon.ico")!;
        var entries = IcoEntries(ico);

        Assert.Multiple(() =>
        {
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(ico), Is.Zero, "reserved");
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(ico.AsSpan(2)), Is.EqualTo(1), "an icon, not a cursor");
            Assert.That(entries.Select(entry => entry.Size), Is.EqualTo(new[] { 16, 32, 48 }));
            foreach (var (size, png) in entries)
            {
                Assert.That(png.AsSpan(0, 8).ToArray(), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), $"{size} px");
                Assert.That(Pixels.SizeOf(png), Is.EqualTo((size, size)));
            }

            Assert.That(6 + (16 * entries.Count) + entries.Sum(entry => entry.Png.Length), Is.EqualTo(ico.Length), "the images follow the directory, nothing after");
        });
    }

    [Test]
    public void The_monogram_is_the_titles_initials_in_white_on_the_accent()
    {
        var site = MemorySite.BuildOk(WithBrand(TestSite.OneRelease, "  accent: \"#2f4f4f\""));
        var icon = site.Bytes("icon-512.png")!;
        var expected = new FaviconDrawing(FaviconFile.Icon512, "TP", "#2f4f4f", null, EmbeddedTheme.CardFonts);

        Assert.Multiple(() =>
        {
            Assert.That(icon, Is.EqualTo(FaviconPainter.Paint(expected)), "Test Portal: TP");
            Assert.That(Pixels.SizeOf(icon), Is.EqualTo((512, 512)));
            Assert.That(Pixels.ColourAt(icon, 0, 0), Is.EqualTo("#00000000"), "a rounded square: its corners are transparent");
            Assert.That(Pixels.ColourAt(icon, 30, 256), Is.EqualTo("#ff2f4f4f"));
            Assert.That(Pixels.SizeOf(site.Bytes("icon-192.png")!), Is.EqualTo((192, 192)));
            Assert.That(Pixels.SizeOf(site.Bytes("apple-touch-icon.png")!), Is.EqualTo((180, 180)));
            Assert.That(Pixels.ColourAt(site.Bytes("apple-touch-icon.png")!, 0, 0), Is.EqualTo("#ff2f4f4f"), "iOS shows transparency as black: the Apple icon is opaque");
        });
    }

    [TestCase("Cyber Valley News", "CV")]
    [TestCase("PortalGen", "P")]
    [TestCase("max planck society", "MP")]
    [TestCase("«Cyber» Valley", "CV")]
    [TestCase("Über uns", "ÜU")]
    [TestCase("2026 Review", "2R")]
    [TestCase("サイバーバレー ニュース", "サ")]
    [TestCase("Cyber 日本", "C")]
    [TestCase("한국 뉴스", "")]
    public void The_monogram_takes_one_or_two_initials(string title, string initials) =>
        Assert.That(Monogram.Initials(title, EmbeddedTheme.CardFonts), Is.EqualTo(initials));

    [Test]
    public void An_svg_favicon_is_published_as_it_is_and_drawn_into_the_rasters()
    {
        var site = MemorySite.BuildOk(WithBrand(UnderNews, "  favicon: /brand/icon.svg") + "-- content/static/brand/icon.svg --\n" + RedSquare + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(Link(site, "index.html", "rel=icon][type='image/svg+xml'"), Is.EqualTo("/news/favicon.svg"));
            Assert.That(site.Read("favicon.svg"), Is.EqualTo(RedSquare + "\n"));
            Assert.That(Pixels.ColourAt(site.Bytes("icon-512.png")!, 0, 0), Is.EqualTo("red"), "the SVG fills the square");
            Assert.That(Pixels.ColourAt(site.Bytes("apple-touch-icon.png")!, 90, 90), Is.EqualTo("red"));
            Assert.That(IcoEntries(site.Bytes("favicon.ico")!).Select(entry => Pixels.ColourAt(entry.Png, 8, 8)), Is.All.EqualTo("red"));
        });
    }

    [Test]
    public void A_raster_favicon_is_scaled_into_every_icon()
    {
        var sources = MemorySite.Sources(WithBrand(TestSite.OneRelease, "  favicon: /brand/icon.png"));
        sources["content/static/brand/icon.png"] = TestImages.Png(600, 600);
        var site = MemorySite.Build(sources);
        var icon = site.Bytes("icon-192.png")!;

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(site.Result), Is.Empty);
            Assert.That(Pixels.SizeOf(icon), Is.EqualTo((192, 192)));
            Assert.That(new[] { Pixels.ColourAt(icon, 10, 10), Pixels.ColourAt(icon, -10, 10), Pixels.ColourAt(icon, 10, -10), Pixels.ColourAt(icon, -10, -10) }, Is.EqualTo(new[] { "red", "green", "blue", "yellow" }));
            Assert.That(Link(site, "index.html", "rel=icon][type='image/svg+xml'"), Is.EqualTo("(none)"));
            Assert.That(site.Exists("favicon.svg"), Is.False);
        });
    }

    [Test]
    public void The_same_site_gives_the_same_favicon_bytes()
    {
        var svg = WithBrand(TestSite.OneRelease, "  favicon: /brand/icon.svg") + "-- content/static/brand/icon.svg --\n" + RedSquare + "\n";
        foreach (var txtar in new[] { TestSite.OneRelease, svg })
        {
            var (first, second) = (MemorySite.BuildOk(txtar), MemorySite.BuildOk(txtar, settings => settings with { MaxParallelism = 1 }));
            Assert.That(SetFiles.Append("site.webmanifest").Where(file => !first.Bytes(file)!.SequenceEqual(second.Bytes(file)!)), Is.Empty);
        }
    }

    [Test]
    public void A_favicon_of_the_sites_own_in_static_wins()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease + "-- content/static/favicon.ico --\nown\n");

        Assert.That(site.Read("favicon.ico"), Is.EqualTo("own\n"));
    }

    [Test]
    public void A_second_build_finds_the_favicon_set_in_the_image_cache_and_draws_nothing()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        var cache = Path.Combine(site.Root, ".portalgen-cache", "images");
        site.BuildOk(options => options with { ImageCacheDirectory = cache });
        var cached = Directory.GetFiles(cache, "favicon.*").Order(StringComparer.Ordinal).ToArray();
        var longAgo = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Array.ForEach(cached, file => File.SetLastWriteTimeUtc(file, longAgo));

        site.BuildOk(options => options with { ImageCacheDirectory = cache });

        Assert.Multiple(() =>
        {
            Assert.That(cached.Select(Path.GetFileName).Select(name => ImageNames.WithoutHash(name!)), Is.EqualTo(new[] { "favicon.180x180.HASH.png", "favicon.192x192.HASH.png", "favicon.48x48.HASH.ico", "favicon.512x512.HASH.png" }));
            Assert.That(cached.Select(File.GetLastWriteTimeUtc), Is.All.EqualTo(longAgo), "nothing was drawn again");
            Assert.That(site.Bytes("favicon.ico"), Is.EqualTo(File.ReadAllBytes(cached.Single(file => file.EndsWith(".ico", StringComparison.Ordinal)))));
        });
    }

    /// <summary>The images of an ICO container, from its directory: size (0 stands for 256) and bytes.</summary>
    private static List<(int Size, byte[] Png)> IcoEntries(byte[] ico)
    {
        var count = BinaryPrimitives.ReadUInt16LittleEndian(ico.AsSpan(4));
        var entries = new List<(int, byte[])>();
        for (var i = 0; i < count; i++)
        {
            var entry = ico.AsSpan(6 + (16 * i), 16);
            Assert.That(entry[0], Is.EqualTo(entry[1]), "square");
            Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(entry[6..]), Is.EqualTo(32), "bits per pixel");
            var (length, offset) = (BinaryPrimitives.ReadInt32LittleEndian(entry[8..]), BinaryPrimitives.ReadInt32LittleEndian(entry[12..]));
            entries.Add((entry[0] == 0 ? 256 : entry[0], ico.AsSpan(offset, length).ToArray()));
        }

        return entries;
    }
}
