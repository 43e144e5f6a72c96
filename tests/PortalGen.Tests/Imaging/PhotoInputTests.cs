using PortalGen.Tests.Support;
using SkiaSharp;

namespace PortalGen.Tests.Imaging;

/// <summary>
/// Photos as editors really send them: damaged, misnamed, from an iPhone, enormous, CMYK from a print desk,
/// 16 bits per channel, animated. Each is either published well or refused at the line that names it, and a
/// refused build leaves the last good site as it was.
/// </summary>
public sealed class PhotoInputTests
{
    private const string Page = TestSite.Basics + """
        -- content/news/2020/x/index.md --
        ---
        title: X
        date: 2020-12-02
        ---
        Intro.

        ![The lab](photo.jpg)

        """;

    private static MemorySite Build(byte[] photo, string name = "photo.jpg")
    {
        var sources = MemorySite.Sources(Page.Replace("photo.jpg", name, StringComparison.Ordinal));
        sources["content/news/2020/x/" + name] = photo;
        return MemorySite.Build(sources);
    }

    private static string[] Lines(MemorySite site) => [.. site.Result.Diagnostics.Select(d => d.ToString())];

    [Test]
    public void A_truncated_photo_is_an_error_where_the_page_names_it()
    {
        var whole = TestImages.Jpeg(1200, 800);
        var site = Build(whole[..(whole.Length / 2)]);

        Assert.Multiple(() =>
        {
            Assert.That(site.Result.Outcome, Is.EqualTo(BuildOutcome.ContentErrors));
            Assert.That(Lines(site), Is.EqualTo(new[]
            {
                "content/news/2020/x/index.md:7:1: error: content/news/2020/x/photo.jpg cannot be published: it is truncated: the file ends before the picture does (open it in an image editor and export it again as JPEG or PNG)",
            }));
        });
    }

    [Test]
    public void Check_finds_the_truncated_photo_a_build_would_refuse_and_writes_no_variant()
    {
        using var site = TestSite.Create(Page);
        var whole = TestImages.Jpeg(1200, 800);
        site.WriteFile("content/news/2020/x/photo.jpg", whole[..(whole.Length / 2)]);

        var (exitCode, _, error) = PortalGenCommand.RunIn(site.Root, "check", "--now", "2026-11-27T12:00:00Z");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(error, Does.StartWith("content/news/2020/x/index.md:7:1: error: content/news/2020/x/photo.jpg cannot be published: it is truncated: the file ends before the picture does"));
            Assert.That(Path.Combine(site.Root, ".portalgen-cache"), Does.Not.Exist);
        });
    }

    [Test]
    public void Check_passes_a_whole_photo_and_writes_no_variant()
    {
        using var site = TestSite.Create(Page);
        site.WriteFile("content/news/2020/x/photo.jpg", TestImages.Jpeg(1200, 800));

        var (exitCode, _, error) = PortalGenCommand.RunIn(site.Root, "check", "--now", "2026-11-27T12:00:00Z");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(Path.Combine(site.Root, ".portalgen-cache"), Does.Not.Exist);
        });
    }

    [Test]
    public void A_text_file_named_as_a_photo_is_an_error_at_its_line()
    {
        var site = Build("<html>Not found</html>"u8.ToArray());

        Assert.That(Lines(site), Is.EqualTo(new[]
        {
            "content/news/2020/x/index.md:7:1: error: 'photo.jpg' is not an image this build can read, or it is damaged (open it in an image editor and export it again as JPEG or PNG)",
        }));
    }

    [Test]
    public void An_iPhone_HEIC_photo_is_an_error_that_says_how_to_export_it()
    {
        var site = Build(TestImages.Heic(), "photo.heic");

        Assert.That(Lines(site), Is.EqualTo(new[]
        {
            "content/news/2020/x/index.md:7:1: error: 'photo.heic' is a HEIC photo, which most browsers cannot show and this build cannot convert (export it as JPEG (on an iPhone: Settings > Camera > Formats > Most Compatible))",
        }));
    }

    [Test]
    public void A_decompression_bomb_is_refused_from_its_header()
    {
        var bomb = TestImages.PngBomb(12_000, 12_000);
        Assert.That(bomb, Has.Length.LessThan(100_000), "small on disk, 144 megapixels decoded");

        var site = Build(bomb, "photo.png");

        Assert.That(Lines(site), Is.EqualTo(new[]
        {
            "content/news/2020/x/index.md:7:1: error: 'photo.png' has 12000 × 12000 pixels, more than the 100 megapixels a build decodes (scale it down (a web photo needs 3,000 pixels across at most), or raise 'images: max_pixels:' in site.yml)",
        }));
    }

    [Test]
    public void A_PNG_named_jpg_is_published_with_a_warning_to_rename_it()
    {
        var site = Build(TestImages.Png(640, 400));

        Assert.Multiple(() =>
        {
            Assert.That(site.Result.Outcome, Is.EqualTo(BuildOutcome.Succeeded));
            Assert.That(Lines(site), Is.EqualTo(new[]
            {
                "content/news/2020/x/index.md:7:1: warning: 'photo.jpg' holds a PNG image, not what its name says (rename it to end in .png)",
            }));
            Assert.That(ImageNames.WithoutHash(site.Html("news/2020/x/index.html").QuerySelector(".prose img")!.GetAttribute("src")), Is.EqualTo("/news/2020/x/photo.640x400.HASH.png"));
        });
    }

    [Test]
    public void A_CMYK_photo_from_a_print_desk_is_published_in_its_colours()
    {
        var site = Build(TestImages.Fixture("cmyk.jpg"));
        var variant = VariantOf(site, ".jpg");

        Assert.Multiple(() =>
        {
            Assert.That(site.Result.Outcome, Is.EqualTo(BuildOutcome.Succeeded), () => string.Join("\n", Lines(site)));
            Assert.That((Pixels.ColourAt(variant, 10, 10), Pixels.ColourAt(variant, -10, -10)), Is.EqualTo(("red", "blue")), "left half red, right half blue, not inverted");
        });
    }

    [Test]
    public void A_16_bit_PNG_is_published_as_8_bit_variants()
    {
        var info = new SKImageInfo(600, 400, SKColorType.Rgba16161616, SKAlphaType.Unpremul);
        using var bitmap = new SKBitmap(info);
        bitmap.Erase(SKColors.Red);
        var deep = bitmap.Encode(SKEncodedImageFormat.Png, 100).ToArray();
        Assert.That(deep[24], Is.EqualTo(16), "the source really has 16 bits per channel");

        var site = Build(deep, "photo.png");
        var variant = VariantOf(site, ".png");

        Assert.Multiple(() =>
        {
            Assert.That(variant[24], Is.EqualTo(8));
            Assert.That(Pixels.ColourAt(variant, 300, 200), Is.EqualTo("red"));
        });
    }

    [Test]
    public void An_animated_GIF_and_an_SVG_are_published_as_they_are()
    {
        var gif = TestImages.Fixture("loop.gif");
        var svg = TestImages.Svg("viewBox=\"0 0 400 300\"");
        var sources = MemorySite.Sources(Page.Replace("![The lab](photo.jpg)", "![An animation](loop.gif) ![A drawing](drawing.svg)", StringComparison.Ordinal));
        sources["content/news/2020/x/loop.gif"] = gif;
        sources["content/news/2020/x/drawing.svg"] = svg;
        var site = MemorySite.Build(sources);
        var page = site.Html("news/2020/x/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(site.Result.Outcome, Is.EqualTo(BuildOutcome.Succeeded), () => string.Join("\n", Lines(site)));
            Assert.That(page.QuerySelectorAll(".prose img").Select(img => img.GetAttribute("src")), Is.EqualTo(new[] { "/news/2020/x/loop.gif", "/news/2020/x/drawing.svg" }));
            Assert.That(page.QuerySelectorAll("picture"), Is.Empty, "an animation would lose its frames, a drawing needs no pixels");
            Assert.That(site.Bytes("news/2020/x/loop.gif"), Is.EqualTo(gif));
            Assert.That(site.Bytes("news/2020/x/drawing.svg"), Is.EqualTo(svg));
        });
    }

    [Test]
    public void A_photo_whose_metadata_outgrows_the_header_window_is_measured_from_the_whole_file()
    {
        // 700 KB of comments before the frame header: the size is past the first 512 KB the loader tries first.
        var jpeg = TestImages.Jpeg(800, 600);
        byte[] padded = [.. jpeg[..2], .. Enumerable.Range(0, 11).SelectMany(_ => JpegComment(65_000)), .. jpeg[2..]];
        var site = Build(padded);
        var img = site.Html("news/2020/x/index.html").QuerySelector(".prose picture img");

        Assert.Multiple(() =>
        {
            Assert.That(padded, Has.Length.GreaterThan(700_000));
            Assert.That(site.Result.Outcome, Is.EqualTo(BuildOutcome.Succeeded), () => string.Join("\n", Lines(site)));
            Assert.That((img?.GetAttribute("width"), img?.GetAttribute("height")), Is.EqualTo(("800", "600")));
        });
    }

    [Test]
    public void A_large_animated_GIF_is_counted_frame_by_frame_and_published_as_it_is()
    {
        // A comment block of 600 KB before the first frame: the frames are past the header window.
        var gif = TestImages.Fixture("loop.gif");
        byte[] large = [.. gif[..19], 0x21, 0xFE, .. Enumerable.Range(0, 2400).SelectMany(_ => GifCommentBlock), 0x00, .. gif[19..]];
        var site = Build(large, "loop.gif");

        Assert.Multiple(() =>
        {
            Assert.That(site.Result.Outcome, Is.EqualTo(BuildOutcome.Succeeded), () => string.Join("\n", Lines(site)));
            Assert.That(site.Html("news/2020/x/index.html").QuerySelectorAll("picture"), Is.Empty);
            Assert.That(site.Bytes("news/2020/x/loop.gif"), Is.EqualTo(large));
        });
    }

    /// <summary>One sub-block of a GIF comment extension: its length, 250, and as many bytes.</summary>
    private static readonly byte[] GifCommentBlock = [250, .. new byte[250]];

    /// <summary>A JPEG comment segment (COM) of <paramref name="length"/> bytes of text.</summary>
    private static byte[] JpegComment(int length) => [0xFF, 0xFE, (byte)((length + 2) >> 8), (byte)(length + 2), .. Enumerable.Repeat((byte)'x', length)];

    [Test]
    public void A_damaged_photo_leaves_the_last_good_site_as_it_was()
    {
        using var site = TestSite.Create(Page);
        site.WriteFile("content/news/2020/x/photo.jpg", TestImages.Jpeg(1200, 800));
        site.BuildOk();
        var before = FolderSnapshot.Of(site.Output);

        var whole = TestImages.Jpeg(1000, 800);
        site.WriteFile("content/news/2020/x/photo.jpg", whole[..(whole.Length / 2)]);
        var result = site.Build();

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.ContentErrors));
            Assert.That(FolderSnapshot.Of(site.Output), Is.EqualTo(before));
        });
    }

    private static byte[] VariantOf(MemorySite site, string extension) =>
        site.Bytes(site.OutputPaths.First(path => path.StartsWith("news/2020/x/photo.", StringComparison.Ordinal) && path.EndsWith(extension, StringComparison.Ordinal) && ImageNames.WithoutHash(path) != path))!;

    [Test]
    public void A_photo_removed_while_the_site_builds_is_reported_where_it_is_named_and_nothing_is_written()
    {
        // Listed and its header read at load, gone when its variants are made (an editor's sync removing it mid-build).
        using var site = TestSite.Create(TestSite.Basics + TestSite.LeadPhotoBundle);
        var photo = Path.Combine(site.Root, "content/news/2020/x/lead.jpg");

        var result = site.Build(options => options with { Progress = new OnFirstParse(() => File.Delete(photo)) });

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.Not.EqualTo(BuildOutcome.Succeeded));
            Assert.That(TestSite.Lines(result), Has.One.StartsWith("content/news/2020/x/index.md:4:8: error: content/news/2020/x/lead.jpg cannot be published: it cannot be read: "));
            Assert.That(result.Diagnostics.Where(d => d.ToString().StartsWith("content/news/2020/x/index.md", StringComparison.Ordinal)).Select(d => d.Code), Is.EqualTo(new[] { PortalGen.Diagnostics.DiagnosticCodes.UnreadableFile }), "not damaged: gone while the site was built");
            Assert.That(Directory.Exists(Path.Combine(site.Root, "public")), Is.False);
        });
    }
}
