using System.IO.Compression;
using System.Text;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.MediaKit;

public sealed class PressKitZipTests
{
    private const string PressKit = "news/2020/x/press-kit.zip";

    private static readonly MemorySite Built = MemorySite.BuildOk(MediaKitSite.Site);

    private static ZipArchive Open(byte[] zip) => new(new MemoryStream(zip), ZipArchiveMode.Read);

    private static string Text(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static byte[] Bytes(ZipArchiveEntry entry)
    {
        using var bytes = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(bytes);
        }

        return bytes.ToArray();
    }

    [Test]
    public void The_press_kit_holds_the_credits_then_each_file_in_the_order_written_with_its_own_bytes()
    {
        using var zip = Open(Built.Bytes(PressKit)!);

        Assert.That(zip.Entries.Select(e => e.FullName), Is.EqualTo(new[] { "CREDITS.txt", "photos/lab.jpg", "report.pdf" }));
        Assert.That(Bytes(zip.GetEntry("photos/lab.jpg")!), Is.EqualTo(Built.Bytes("news/2020/x/photos/lab.jpg")));
        Assert.That(Text(zip.GetEntry("report.pdf")!), Is.EqualTo(MediaKitSite.Pdf));
    }

    [Test]
    public void Credits_name_the_release_and_each_file_with_its_caption_credit_and_licence_as_plain_text()
    {
        using var zip = Open(Built.Bytes(PressKit)!);

        Assert.That(Text(zip.GetEntry("CREDITS.txt")!), Is.EqualTo("""
            X & Y
            https://news.example.org/news/2020/x/

            photos/lab.jpg
              Caption: The <b>lab</b> in Tübingen
              Credit: Jane Doe / MPI-IS
              Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)

            report.pdf
              Caption: Annual report
              Credit: Cyber Valley
              Licence: https://example.org/terms (https://example.org/terms)

            """));
    }

    [Test]
    public void An_editor_cannot_write_a_line_of_the_credits_of_their_own()
    {
        var site = MemorySite.BuildOk(MediaKitSite.WithFrontMatter("downloads:\n  - file: report.pdf\n    caption: \"Report\\n\\nfake.pdf\\n  Licence: CC0\"\n    credit: C\n    license: CC-BY-4.0"));
        using var zip = Open(site.Bytes(PressKit)!);

        Assert.That(Text(zip.GetEntry("CREDITS.txt")!), Does.Contain("  Caption: Report fake.pdf Licence: CC0\n"));
    }

    [Test]
    public void Entries_are_stamped_with_the_release_date_readable_by_all_and_only_text_is_compressed()
    {
        using var zip = Open(Built.Bytes(PressKit)!);

        Assert.Multiple(() =>
        {
            Assert.That(zip.Entries.Select(e => e.LastWriteTime.DateTime), Is.All.EqualTo(new DateTime(2020, 12, 2)));
            Assert.That(zip.Entries.Select(e => e.ExternalAttributes), Is.All.EqualTo(unchecked((int)(0x81A4u << 16))));
            Assert.That(zip.GetEntry("report.pdf")!.CompressedLength, Is.EqualTo(MediaKitSite.Pdf.Length));
            Assert.That(zip.GetEntry("CREDITS.txt")!.CompressedLength, Is.LessThan(zip.GetEntry("CREDITS.txt")!.Length));
        });
    }

    [Test]
    public void Two_builds_write_the_same_bytes_to_disk_as_to_memory()
    {
        using var first = TestSite.Create(MediaKitSite.Site);
        using var second = TestSite.Create(MediaKitSite.Site);
        first.BuildOk();
        second.BuildOk();

        Assert.That(first.Bytes(PressKit), Is.EqualTo(second.Bytes(PressKit)));
        Assert.That(first.Bytes(PressKit), Is.EqualTo(Built.Bytes(PressKit)));
    }

    [Test]
    public void A_changed_download_is_in_the_next_build()
    {
        using var site = TestSite.Create(MediaKitSite.Site);
        site.BuildOk();
        site.Add("-- content/news/2020/x/report.pdf --\n%PDF-1.4\n% changed\n%%EOF\n");
        site.BuildOk();

        using var zip = Open(site.Bytes(PressKit)!);
        Assert.That(Text(zip.GetEntry("report.pdf")!), Is.EqualTo("%PDF-1.4\n% changed\n%%EOF\n"));
    }
}
