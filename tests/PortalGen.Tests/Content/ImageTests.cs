using PortalGen.Tests.Support;

namespace PortalGen.Tests.Content;

/// <summary>Images in bodies load lazily with their size reserved, and every one has alt text for screen readers.</summary>
public sealed class ImageTests
{
    private const string Site = TestSite.Basics + """
        -- content/news/2020/x/index.md --
        ---
        title: X
        date: 2020-12-02
        image: lead.png
        image_alt: The lab from outside
        image_credit: Cyber Valley
        ---
        ![A bundle photo](photo.png) ![A static map](/images/map.svg) ![A remote chart](https://other.example/chart.png)
        """;

    private static TestSite Create(string files = Site)
    {
        var site = TestSite.Create(files);
        site.WriteFile("content/news/2020/x/photo.png", TestImages.Png(640, 480));
        site.WriteFile("content/news/2020/x/lead.png", TestImages.Png(2400, 1260));
        site.WriteFile("content/static/images/map.svg", TestImages.Svg("viewBox=\"0 0 400 300\""));
        return site;
    }

    [Test]
    public void Body_images_are_lazy_with_the_size_of_their_file()
    {
        using var site = Create();
        site.BuildOk();
        var images = site.Html("news/2020/x/index.html").QuerySelectorAll(".prose img")
            .Select(img => $"{ImageNames.WithoutHash(img.GetAttribute("src"))} {img.GetAttribute("loading")} {img.GetAttribute("decoding")} {img.GetAttribute("width")}x{img.GetAttribute("height")}");

        Assert.That(images, Is.EqualTo(new[]
        {
            "/news/2020/x/photo.640x480.HASH.png lazy async 640x480",
            "/images/map.svg lazy async 400x300",
            "https://other.example/chart.png lazy async x",
        }));
    }

    [Test]
    public void Lead_image_has_its_size_and_is_not_lazy()
    {
        using var site = Create();
        site.BuildOk();
        var lead = site.Html("news/2020/x/index.html").QuerySelector("img.release__image")!;

        Assert.Multiple(() =>
        {
            Assert.That(lead.GetAttribute("alt"), Is.EqualTo("The lab from outside"));
            Assert.That(lead.GetAttribute("width"), Is.EqualTo("2400"));
            Assert.That(lead.GetAttribute("height"), Is.EqualTo("1260"));
            Assert.That(lead.GetAttribute("fetchpriority"), Is.EqualTo("high"));
            Assert.That(lead.HasAttribute("loading"), Is.False, "the first thing a reader sees loads at once");
        });
    }

    [Test]
    public void Image_without_alt_text_is_a_warning_at_its_line()
    {
        using var site = Create(TestSite.Basics + Release.File("2020/x/index.md", "title: X\ndate: 2020-12-02", "Text.\n\nAnd ![](photo.png) and ![ ](photo.png)."));
        var result = site.BuildOk();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/news/2020/x/index.md:7:5: warning: image has no alt text (describe the image for screen readers between the brackets: ![Two people sign the agreement](photo.jpg))",
            "content/news/2020/x/index.md:7:24: warning: image has no alt text (describe the image for screen readers between the brackets: ![Two people sign the agreement](photo.jpg))",
        }));
    }

    [Test]
    public void Lead_image_without_image_alt_is_a_warning_at_the_image_line()
    {
        using var site = Create(TestSite.Basics + Release.File("2020/x/index.md", "title: X\ndate: 2020-12-02\nimage: lead.png\nimage_credit: Cyber Valley"));
        var result = site.BuildOk();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[] { "content/news/2020/x/index.md:4:8: warning: image has no alt text (describe the image for screen readers in 'image_alt:')" }));
    }

    [Test]
    public void Warnings_about_alt_text_fail_a_strict_build()
    {
        using var site = Create(TestSite.Basics + Release.File("2020/x/index.md", "title: X\ndate: 2020-12-02", "![](photo.png)"));

        Assert.That(site.Build(options => options with { Strict = true }).Outcome, Is.EqualTo(BuildOutcome.ContentErrors));
    }
}
