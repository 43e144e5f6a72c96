using PortalGen.Tests.Support;

namespace PortalGen.Tests.Theme;

/// <summary>A favicon source that is missing, of the wrong kind or damaged fails the build at its line in site.yml, with nothing written; one that would look poor is a warning.</summary>
public sealed class FaviconMistakeTests
{
    private static MemorySite Build(string favicon, string? path = null, byte[]? bytes = null)
    {
        var sources = MemorySite.Sources(TestSite.OneRelease.Replace("paginate: 2", "paginate: 2\nbrand:\n  favicon: " + favicon, StringComparison.Ordinal));
        if (path is not null)
        {
            sources["content/static/" + path] = bytes!;
        }

        return MemorySite.Build(sources);
    }

    [Test]
    public void A_missing_favicon_is_an_error_at_its_line()
    {
        var site = Build("/brand/icon.svg");

        Assert.That(TestSite.Lines(site.Result), Is.EqualTo(new[]
        {
            "content/site.yml:6:12: error: the favicon '/brand/icon.svg' is not among the static files (put it in content/static/brand/icon.svg, or correct the path (it starts at the site root, as in /brand/icon.svg))",
        }));
    }

    [Test]
    public void A_favicon_of_another_kind_is_an_error_at_its_line()
    {
        var site = Build("/brand/icon.gif", "brand/icon.gif", TestImages.GifHeader(512, 512));

        Assert.That(TestSite.Lines(site.Result), Is.EqualTo(new[]
        {
            "content/site.yml:6:12: error: '/brand/icon.gif' is not a picture the favicon set can be drawn from (use an SVG (best: browsers show it as it is) or a square PNG, JPEG or WebP of at least 512 px in static/, such as /brand/icon.svg)",
        }));
    }

    [Test]
    public void A_favicon_whose_bytes_are_not_what_its_name_says_is_an_error()
    {
        var site = Build("/brand/icon.png", "brand/icon.png", TestImages.Jpeg(512, 512));

        Assert.That(TestSite.Lines(site.Result), Is.EqualTo(new[]
        {
            "content/site.yml:6:12: error: the favicon '/brand/icon.png' holds a JPEG picture, not what its name promises (export it as a still SVG, PNG, JPEG or WebP with the matching extension)",
        }));
    }

    [Test]
    public void A_damaged_raster_favicon_is_an_error_and_nothing_is_written()
    {
        var site = Build("/brand/icon.png", "brand/icon.png", [.. TestImages.Png(512, 512).Take(40)]);

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(site.Result), Is.EqualTo(new[]
            {
                "content/site.yml:6:12: error: the favicon '/brand/icon.png' cannot be read: it is damaged or not an image (open it in an image editor and export it again (SVG, or a square PNG of at least 512 px))",
            }));
            Assert.That(site.OutputPaths, Is.Empty, "found before anything is rendered");
        });
    }

    [TestCase("not xml <svg", "it cannot be read as SVG (Data at the root level is invalid. Line 1, position 1.)")]
    [TestCase("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", "it is not an SVG: its first element is <html>")]
    [TestCase("<!DOCTYPE svg [<!ENTITY a \"aaaa\">]><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\">&a;</svg>", "it cannot be read as SVG (For security reasons DTD is prohibited")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><image href=\"https://example.org/x.png\" width=\"1\" height=\"1\"/></svg>", "it links https://example.org/x.png: the favicon set is drawn from the SVG alone")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><style>@import url(https://example.org/a.css);</style><rect width=\"1\" height=\"1\" fill=\"url(#g)\"/></svg>", "it links https://example.org/a.css: the favicon set is drawn from the SVG alone")]
    public void A_damaged_svg_favicon_is_an_error_at_its_line_and_nothing_is_written(string svg, string why)
    {
        var site = Build("/brand/icon.svg", "brand/icon.svg", System.Text.Encoding.UTF8.GetBytes(svg));
        var lines = TestSite.Lines(site.Result);

        Assert.Multiple(() =>
        {
            Assert.That(site.Result.Outcome, Is.EqualTo(BuildOutcome.ContentErrors), "the staging folder is not swapped in");
            Assert.That(lines, Has.Count.EqualTo(1));
            Assert.That(lines[0], Does.StartWith($"content/site.yml:6:12: error: the favicon content/static/brand/icon.svg cannot be published: {why}"));
            Assert.That(lines[0], Does.EndWith("(open it in an image editor and export it again (SVG with its text turned into paths, or a square PNG of at least 512 px))"));
            Assert.That(site.OutputPaths.Where(path => path.Contains("icon", StringComparison.Ordinal)), Is.Empty, "no file is copied once a drawing fails");
        });
    }

    [TestCase(640, 480, "content/site.yml:6:12: warning: the favicon '/brand/icon.png' is 640 × 480 px, not square: the icons show it whole, with empty bands beside it (crop it to a square in an image editor)")]
    [TestCase(256, 256, "content/site.yml:6:12: warning: the favicon '/brand/icon.png' is 256 px wide: the 512 px icon drawn from it is blurred (export it at 512 × 512 px or more, or use an SVG)")]
    public void A_raster_favicon_that_would_look_poor_is_a_warning(int width, int height, string expected)
    {
        var site = Build("/brand/icon.png", "brand/icon.png", TestImages.Png(width, height));

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(site.Result), Is.EqualTo(new[] { expected }));
            Assert.That(site.Exists("favicon.ico"), Is.True);
        });
    }

    [Test]
    public void An_unknown_brand_key_names_favicon_among_the_known_ones()
    {
        var site = MemorySite.Build(TestSite.OneRelease.Replace("paginate: 2", "paginate: 2\nbrand:\n  favicn: /brand/icon.svg", StringComparison.Ordinal));

        Assert.That(TestSite.Lines(site.Result), Is.EqualTo(new[] { "content/site.yml:6:3: warning: unknown setting 'brand.favicn' is ignored (did you mean 'favicon'?)" }));
    }
}
