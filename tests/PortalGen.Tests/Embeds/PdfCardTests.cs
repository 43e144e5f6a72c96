using AngleSharp.Dom;
using PortalGen.Diagnostics;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Embeds;

/// <summary>A <c>::: pdf</c> embed is a card for a PDF of the bundle: title, size and pages as read from the file, and a download link.</summary>
public sealed class PdfCardTests
{
    private const string File = "content/news/2020/x/index.md";

    private static MemorySite Build(string body, Action<Dictionary<string, byte[]>>? files = null, string languages = "")
    {
        var sources = MemorySite.Sources(EmbedSite.With(body).Replace("paginate: 2", "paginate: 2" + languages, StringComparison.Ordinal));
        sources["content/news/2020/x/report.pdf"] = TestPdf.Create(pages: 12, title: "Annual report (metadata)");
        files?.Invoke(sources);
        return MemorySite.Build(sources);
    }

    private static IElement Card(MemorySite site, string page = EmbedSite.Page)
    {
        Assert.That(site.Result.Outcome, Is.EqualTo(BuildOutcome.Succeeded), () => string.Join("\n", TestSite.Lines(site.Result)));
        return site.Html(page).QuerySelector(".prose aside.pdf-card")!;
    }

    [Test]
    public void A_card_shows_the_title_the_size_and_the_pages_with_a_download_link()
    {
        var site = Build("::: pdf report.pdf \"Annual report 2026\"\nOur year in **numbers**.\n:::");

        var card = Card(site);

        Assert.Multiple(() =>
        {
            Assert.That(card.ClassList, Does.Contain("release-box"));
            Assert.That(card.QuerySelector("a.pdf-card__link")!.TextContent, Is.EqualTo("Annual report 2026"));
            Assert.That(card.QuerySelector("a.pdf-card__link")!.GetAttribute("href"), Is.EqualTo("/news/2020/x/report.pdf"));
            Assert.That(card.QuerySelector("a.pdf-card__link")!.HasAttribute("download"), Is.True);
            Assert.That(card.QuerySelector(".pdf-card__facts")!.TextContent, Is.EqualTo("PDF, 12 pages, 1.5 kB"), "the test's PDF has 1,516 bytes");
            Assert.That(card.QuerySelector(".pdf-card__text strong")!.TextContent, Is.EqualTo("numbers"));
            Assert.That(site.Bytes("news/2020/x/report.pdf"), Is.Not.Null, "the file is published beside the page");
        });
    }

    [Test]
    public void Without_a_title_the_card_takes_the_pdfs_own_then_its_file_name()
    {
        var withMetadata = Card(Build("::: pdf report.pdf\n:::"));
        var without = Card(Build("::: pdf plain.pdf\n:::", files => files["content/news/2020/x/plain.pdf"] = TestPdf.Create(pages: 1)));

        Assert.Multiple(() =>
        {
            Assert.That(withMetadata.QuerySelector("a")!.TextContent, Is.EqualTo("Annual report (metadata)"));
            Assert.That(without.QuerySelector("a")!.TextContent, Is.EqualTo("plain.pdf"));
            Assert.That(without.QuerySelector(".pdf-card__facts")!.TextContent, Does.StartWith("PDF, 1 page, "));
        });
    }

    [Test]
    public void A_translation_states_the_facts_in_its_language_and_the_feed_as_the_page()
    {
        var big = TestPdf.Create(pages: 3, title: "T").Concat(new byte[2_400_000]).ToArray();
        var site = Build(
            "::: pdf big.pdf \"Bericht\"\n:::",
            files =>
            {
                files["content/news/2020/x/big.pdf"] = big;
                files["content/news/2020/x/index.de.md"] = files["content/news/2020/x/index.md"];
            },
            "\nlanguages:\n  en:\n  de:");

        Assert.Multiple(() =>
        {
            Assert.That(Card(site, "de/" + EmbedSite.Page).QuerySelector(".pdf-card__facts")!.TextContent, Is.EqualTo("PDF, 3 Seiten, 2,4 MB"));
            Assert.That(Card(site).QuerySelector(".pdf-card__facts")!.TextContent, Is.EqualTo("PDF, 3 pages, 2.4 MB"));
            Assert.That(site.Read("feed.xml"), Does.Contain("PDF, 3 pages, 2.4 MB"));
            Assert.That(site.Read("de/feed.xml"), Does.Contain("PDF, 3 Seiten, 2,4 MB"));
        });
    }

    [TestCase("::: pdf\n:::", DiagnosticCodes.InvalidPdfEmbed, "5:8: error: the PDF embed names no file (name a PDF beside the release and, in quotes, its title: ::: pdf report.pdf \"Annual report 2026\")")]
    [TestCase("::: pdf https://example.org/r.pdf \"T\"\n:::", DiagnosticCodes.InvalidPdfEmbed, "5:9: error: the PDF embed names 'https://example.org/r.pdf', which is no .pdf file of the release (name a PDF beside the release and, in quotes, its title: ::: pdf report.pdf \"Annual report 2026\")")]
    [TestCase("::: pdf still.jpg \"T\"\n:::", DiagnosticCodes.InvalidPdfEmbed, "5:9: error: the PDF embed names 'still.jpg', which is no .pdf file of the release (name a PDF beside the release and, in quotes, its title: ::: pdf report.pdf \"Annual report 2026\")")]
    [TestCase("::: pdf ../y/report.pdf \"T\"\n:::", DiagnosticCodes.PdfMissing, "5:9: error: the PDF '../y/report.pdf' is not in the release's folder (put the file beside the release's index.md, or correct its name)")]
    [TestCase("::: pdf reprot.pdf \"T\"\n:::", DiagnosticCodes.PdfMissing, "5:9: error: the PDF 'reprot.pdf' is not in the release's folder (did you mean 'report.pdf'?)")]
    [TestCase("::: pdf fake.pdf \"T\"\n:::", DiagnosticCodes.NotAPdf, "5:9: error: content/news/2020/x/fake.pdf is not a PDF: it does not start with '%PDF-' (export the document as PDF, or link the file as a download instead)")]
    [TestCase("::: pdf broken.pdf \"T\"\n:::", DiagnosticCodes.UnreadablePdf, "5:9: error: content/news/2020/x/broken.pdf is a damaged PDF: its pages cannot be counted (export or save the PDF again, then replace the file)")]
    [TestCase("::: pdf cut.pdf \"T\"\n:::", DiagnosticCodes.UnreadablePdf, "5:9: error: content/news/2020/x/cut.pdf is a damaged PDF: its pages cannot be counted (export or save the PDF again, then replace the file)")]
    public void A_bad_pdf_embed_is_an_error_at_its_line_and_column(string body, string code, string line)
    {
        var result = Build(body, files =>
        {
            files["content/news/2020/x/fake.pdf"] = "GIF89a not a pdf"u8.ToArray();
            files["content/news/2020/x/broken.pdf"] = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog\nstartxref\n9999\n%%EOF\n"u8.ToArray();
            files["content/news/2020/x/cut.pdf"] = TestPdf.Create(pages: 2)[..200];
        }).Result;

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.EqualTo(new[] { $"{File}:{line}" }));
            Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { code }));
        });
    }
}
