using PortalGen.Imaging;
using PortalGen.Loading;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Theme;

/// <summary>site.yml's brand: block: one accent colour for the theme and the social cards, a logo from static/.</summary>
public sealed class BrandSettingsTests
{
    private static string WithBrand(string brand) =>
        TestSite.OneRelease.Replace("paginate: 2", "paginate: 2\nbrand:\n" + brand, StringComparison.Ordinal);

    private static string ThemeColour(MemorySite site) =>
        site.Html("index.html").QuerySelector("meta[name=theme-color][media='(prefers-color-scheme: light)']")!.GetAttribute("content")!;

    [Test]
    public void The_brand_accent_colours_the_theme_and_the_social_cards()
    {
        var site = MemorySite.BuildOk(WithBrand("  accent: \"#8A1538\"\nimages:\n  social_cards: true"));
        var card = site.OutputPaths.Single(path => path.Contains("social-card", StringComparison.Ordinal));
        var expected = new SocialCard("Test Portal", "X", "2 December 2020", [], "#8a1538", "en", EmbeddedTheme.CardFonts);

        Assert.Multiple(() =>
        {
            Assert.That(ThemeColour(site), Is.EqualTo("#8a1538"));
            Assert.That(site.Read(site.Html("index.html").QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")![1..]), Does.EndWith(":root{--brand:#8a1538}\n"));
            Assert.That(site.Bytes(card), Is.EqualTo(SocialCardPainter.Paint(expected)));
        });
    }

    [Test]
    public void Without_a_brand_accent_the_social_cards_accent_serves_the_theme()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease.Replace("paginate: 2", "paginate: 2\nimages:\n  accent: \"#b31b1b\"", StringComparison.Ordinal));

        Assert.That(ThemeColour(site), Is.EqualTo("#b31b1b"));
    }

    [Test]
    public void The_brand_logo_is_the_publishers_logo_in_search_data()
    {
        var site = MemorySite.BuildOk(WithBrand("  logo: /logos/nec.svg"));
        var article = PageJsonLd.OfType(site.Html("news/2020/x/index.html"), "NewsArticle");

        Assert.Multiple(() =>
        {
            Assert.That(article.GetProperty("publisher").GetProperty("logo").GetProperty("@type").GetString(), Is.EqualTo("ImageObject"));
            Assert.That(article.GetProperty("publisher").GetProperty("logo").GetProperty("url").GetString(), Is.EqualTo("https://news.example.org/logos/nec.svg"));
        });
    }

    [TestCase("brand/logo.png", new byte[] { 0x89, 0x50, 0x4e, 0x47, 0x0d }, "the logo '/brand/logo.png' cannot be read: it is damaged or not an image")]
    [TestCase("brand/logo.png", null, "the logo '/brand/logo.png' holds a JPEG picture, not what its name promises")]
    public void A_logo_whose_bytes_are_not_the_picture_its_name_says_fails_the_build_with_nothing_written(string path, byte[]? bytes, string message)
    {
        // A damaged logo would be a broken image in every page's header: like a missing one, it fails the build.
        var sources = MemorySite.Sources(WithBrand("  logo: /" + path));
        sources["content/static/" + path] = bytes ?? TestImages.Jpeg(200, 80);

        var site = MemorySite.Build(sources);

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(site.Result), Is.EqualTo(new[] { $"content/site.yml:6:9: error: {message} (open it in an image editor and export it again as SVG, PNG, JPEG or WebP, with the matching extension)" }));
            Assert.That(site.Result.Diagnostics.Single().Code, Is.EqualTo(PortalGen.Diagnostics.DiagnosticCodes.UnsupportedBrandLogo));
            Assert.That(site.OutputPaths, Is.Empty);
        });
    }

    [TestCase("  accent: blue", "content/site.yml:6:11: error: 'blue' is not a colour (write it as #rrggbb, such as #00528a)")]
    [TestCase("  accent: \"#ffd700\"", "content/site.yml:6:11: warning: links in '#ffd700' are hard to read on white (contrast 1.4:1, at least 4.5:1 is needed) (choose a darker shade of the colour)")]
    [TestCase("  logo: /logos/missing.svg", "content/site.yml:6:9: error: the logo '/logos/missing.svg' is not among the static files (put it in content/static/logos/missing.svg, or correct the path (it starts at the site root, as in /brand/logo.svg))")]
    [TestCase("  logo: /logos/nec.gif", "content/site.yml:6:9: error: '/logos/nec.gif' is not a logo the theme can show (use an SVG (best: it stays sharp at every size) or a PNG, JPEG or WebP file in static/, such as /brand/logo.svg)")]
    [TestCase("  acent: \"#00528a\"", "content/site.yml:6:3: warning: unknown setting 'brand.acent' is ignored (did you mean 'accent'?)")]
    public void A_brand_mistake_is_reported_where_it_is_written(string brand, string expected)
    {
        var site = MemorySite.Build(WithBrand(brand));

        Assert.That(TestSite.Lines(site.Result), Is.EqualTo(new[] { expected }));
    }
}
