using PortalGen.Tests.Support;

namespace PortalGen.Tests.Content;

/// <summary>A release folder with index.md beside its images and files: all published together, links rewritten.</summary>
public sealed class PageBundleTests
{
    private const string Bundle = TestSite.Basics + """
        -- content/news/2020/nec-mou/index.md --
        ---
        title: NEC and Cyber Valley sign MoU
        date: 2020-12-02
        image: mou-signing.png
        image_alt: Representatives at the signing
        image_credit: Cyber Valley
        ---
        ![The signed agreement](photos/agreement.png)

        Read [the agreement](files/mou.pdf) or see [the signing](mou-signing.png#top).
        -- content/news/2020/nec-mou/files/mou.pdf --
        %PDF-1.7
        """;

    private static TestSite BundleSite(string more = "", string baseUrl = "https://news.example.org/")
    {
        var site = TestSite.Create(Bundle + more + $"""

            -- content/site.yml --
            title: Test Portal
            base_url: {baseUrl}
            """);
        site.WriteFile("content/news/2020/nec-mou/mou-signing.png", TestImages.Png(1800, 1200));
        site.WriteFile("content/news/2020/nec-mou/photos/agreement.png", TestImages.Png(640, 480));
        return site;
    }

    [Test]
    public void Bundle_files_are_published_beside_the_release_page()
    {
        using var site = BundleSite();
        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(File.ReadAllBytes(Path.Combine(site.Output, "news/2020/nec-mou/mou-signing.png")), Is.EqualTo(TestImages.Png(1800, 1200)));
            Assert.That(site.Read("news/2020/nec-mou/files/mou.pdf"), Is.EqualTo("%PDF-1.7\n"));
            Assert.That(site.Exists("news/2020/nec-mou/photos/agreement.png"));
            Assert.That(site.Exists("news/2020/nec-mou/index.md"), Is.False, "the Markdown source is not published");
        });
    }

    [Test]
    public void Relative_links_and_images_in_a_bundle_point_at_the_published_files()
    {
        using var site = BundleSite();
        site.BuildOk();
        var page = site.Html("news/2020/nec-mou/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(ImageNames.WithoutHash(page.QuerySelector(".prose img")!.GetAttribute("src")), Is.EqualTo("/news/2020/nec-mou/photos/agreement.640x480.HASH.png"));
            Assert.That(page.QuerySelectorAll(".prose a").Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "/news/2020/nec-mou/files/mou.pdf", "/news/2020/nec-mou/mou-signing.png#top" }));
            Assert.That(ImageNames.WithoutHash(page.QuerySelector("img.release__image")!.GetAttribute("src")), Is.EqualTo("/news/2020/nec-mou/mou-signing.960x640.HASH.png"));
        });
    }

    [Test]
    public void Bundle_files_follow_the_release_url_not_the_folder()
    {
        using var site = BundleSite(Release.File("2020/nec-mou/index.md", "title: NEC and Cyber Valley sign MoU\ndate: 2021-01-15\nslug: mou-signed\nimage: mou-signing.png\nimage_alt: Signing", "![Agreement](photos/agreement.png)"));
        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(site.Exists("news/2021/mou-signed/photos/agreement.png"));
            Assert.That(site.Exists("news/2020/nec-mou/photos/agreement.png"), Is.False);
            Assert.That(ImageNames.WithoutHash(site.Html("news/2021/mou-signed/index.html").QuerySelector(".prose img")!.GetAttribute("src")), Is.EqualTo("/news/2021/mou-signed/photos/agreement.640x480.HASH.png"));
        });
    }

    [Test]
    public void Bundle_urls_carry_the_sub_path_of_the_base_url()
    {
        using var site = BundleSite(baseUrl: "https://example.org/portal/");
        site.BuildOk();
        var page = site.Html("news/2020/nec-mou/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(site.Exists("news/2020/nec-mou/mou-signing.png"));
            Assert.That(ImageNames.WithoutHash(page.QuerySelector(".prose img")!.GetAttribute("src")), Is.EqualTo("/portal/news/2020/nec-mou/photos/agreement.640x480.HASH.png"));
            Assert.That(ImageNames.WithoutHash(page.QuerySelector("img.release__image")!.GetAttribute("src")), Is.EqualTo("/portal/news/2020/nec-mou/mou-signing.960x640.HASH.png"));
            Assert.That(ImageNames.WithoutHash(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")), Is.EqualTo("https://example.org/portal/news/2020/nec-mou/mou-signing.1200x675.HASH.png"));
        });
    }

    [Test]
    public void Files_of_a_draft_bundle_are_not_published()
    {
        using var site = BundleSite(Release.File("2020/nec-mou/index.md", "title: Not yet\ndate: 2020-12-02\ndraft: true"));
        site.BuildOk();

        Assert.That(site.Exists("news/2020/nec-mou/mou-signing.png"), Is.False);
    }

    [Test]
    public void Plain_release_image_is_relative_to_its_file()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/plain.md", "title: Plain\ndate: 2020-12-02\nimage: plain-photo.png\nimage_alt: A lab\nimage_credit: Lab"));
        site.WriteFile("content/news/2020/plain-photo.png", TestImages.Png(300, 200));
        site.BuildOk();
        var image = site.Html("news/2020/plain/index.html").QuerySelector("img.release__image")!;

        Assert.Multiple(() =>
        {
            Assert.That(ImageNames.WithoutHash(image.GetAttribute("src")), Is.EqualTo("/news/2020/plain-photo.300x200.HASH.png"));
            Assert.That(site.Exists("news/2020/plain-photo.png"));
        });
    }

    [Test]
    public void A_page_can_be_a_bundle_too()
    {
        using var site = TestSite.Create(TestSite.Basics + """
            -- content/pages/about/index.md --
            ---
            title: About
            ---
            ![The team at the lab](team.png)
            """);
        site.WriteFile("content/pages/about/team.png", TestImages.Png(90, 60));
        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(site.Exists("about/team.png"));
            Assert.That(ImageNames.WithoutHash(site.Html("about/index.html").QuerySelector(".prose img")!.GetAttribute("src")), Is.EqualTo("/about/team.90x60.HASH.png"));
        });
    }

    [Test]
    public void Bundle_file_that_would_replace_the_page_is_an_error_and_static_files_win_over_bundle_files()
    {
        using var site = BundleSite("\n-- content/news/2020/nec-mou/index.html --\n<p>old export</p>\n");

        Assert.That(TestSite.Lines(site.Build()), Is.EqualTo(new[] { "content/news/2020/nec-mou/index.html: error: this file would replace the page written at /news/2020/nec-mou/index.html (rename the file)" }));

        File.Delete(Path.Combine(site.Root, "content/news/2020/nec-mou/index.html"));
        site.Add("-- content/static/news/2020/nec-mou/files/mou.pdf --\nfrom static\n");
        site.BuildOk();
        Assert.That(site.Read("news/2020/nec-mou/files/mou.pdf"), Is.EqualTo("from static\n"));
    }

    [Test]
    public void Missing_bundle_image_is_an_error_at_its_line_naming_the_closest_file()
    {
        using var site = BundleSite(Release.File("2020/nec-mou/index.md", "title: X\ndate: 2020-12-02", "Text.\n\nSee ![The signing](mou-signin.png)."));
        var result = site.Build();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/news/2020/nec-mou/index.md:7:5: error: 'mou-signin.png' links to content/news/2020/nec-mou/mou-signin.png, which does not exist (did you mean 'mou-signing.png'?)",
        }));
    }

    [Test]
    public void Missing_lead_image_is_an_error_at_the_image_line()
    {
        using var site = BundleSite(Release.File("2020/nec-mou/index.md", "title: X\ndate: 2020-12-02\nimage: nowhere.jpg\nimage_alt: Nothing"));
        var result = site.Build();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/news/2020/nec-mou/index.md:4:8: error: 'image' names content/news/2020/nec-mou/nowhere.jpg, which does not exist (write a path relative to this file, or from the site root such as /images/photo.jpg (content/static/images/photo.jpg))",
        }));
    }

    [Test]
    public void Lead_image_from_the_site_root_must_be_in_static()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "title: X\ndate: 2020-12-02\nimage: /images/signin.png\nimage_alt: Signing"));
        site.WriteFile("content/static/images/signing.png", TestImages.Png(800, 400));
        var failed = site.Build();
        site.Add(Release.File("2020/x.md", "title: X\ndate: 2020-12-02\nimage: /images/signing.png\nimage_alt: Signing"));
        site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(failed), Is.EqualTo(new[] { "content/news/2020/x.md:4:8: error: 'image' names /images/signin.png, which is not in the site's static/ folder (did you mean '/images/signing.png'?)" }));
            Assert.That(site.Html("news/2020/x/index.html").QuerySelector("img.release__image")!.GetAttribute("width"), Is.EqualTo("800"));
        });
    }

    [Test]
    public void A_link_that_climbs_out_of_the_content_folder_is_an_error()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "title: X\ndate: 2020-12-02", "[secrets](../../../../etc/passwd.txt)"));
        var result = site.Build();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            "content/news/2020/x.md:5:1: error: the link '../../../../etc/passwd.txt' points outside the content folder (link to files below content/ only)",
        }));
    }
}
