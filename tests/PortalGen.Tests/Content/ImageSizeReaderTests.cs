using PortalGen.Imaging;
using PortalGen.Model;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Content;

/// <summary>Image sizes read from file headers, so img tags get width and height without an imaging library.</summary>
public sealed class ImageSizeReaderTests
{
    private static ImageSize? Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return ImageSizeReader.Read(stream);
    }

    [Test]
    public void Png_gif_jpeg_and_webp_sizes_come_from_their_headers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Read(TestImages.PngHeader(640, 480)), Is.EqualTo(new ImageSize(640, 480)));
            Assert.That(Read(TestImages.GifHeader(32, 16)), Is.EqualTo(new ImageSize(32, 16)));
            Assert.That(Read(TestImages.JpegHeader(1920, 1080)), Is.EqualTo(new ImageSize(1920, 1080)));
            Assert.That(Read(TestImages.WebPHeader(800, 600)), Is.EqualTo(new ImageSize(800, 600)));
        });
    }

    [Test]
    public void Svg_size_comes_from_width_and_height_else_from_the_view_box()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Read(TestImages.Svg("width=\"120px\" height=\"40\" viewBox=\"0 0 12 4\"")), Is.EqualTo(new ImageSize(120, 40)));
            Assert.That(Read(TestImages.Svg("viewBox=\"0 0 300 150.4\"")), Is.EqualTo(new ImageSize(300, 150)));
            Assert.That(Read(TestImages.Svg("width=\"100%\" height=\"100%\"")), Is.Null, "a relative size says nothing about pixels");
        });
    }

    [Test]
    public void Damaged_or_unknown_files_have_no_size()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Read("jpeg"u8.ToArray()), Is.Null);
            Assert.That(Read([0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x00]), Is.Null, "a segment length of zero must not loop forever");
            Assert.That(Read(TestImages.PngHeader(0, 10)), Is.Null);
            Assert.That(Read([]), Is.Null);
        });
    }
}
