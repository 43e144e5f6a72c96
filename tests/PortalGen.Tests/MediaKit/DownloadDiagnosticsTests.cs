using PortalGen.Diagnostics;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.MediaKit;

public sealed class DownloadDiagnosticsTests
{
    private static Diagnostic[] Found(string site) => [.. MemorySite.Build(site).Result.Diagnostics];

    private static Diagnostic Only(string frontMatter)
    {
        var found = Found(MediaKitSite.WithFrontMatter(frontMatter));
        Assert.That(found, Has.Length.EqualTo(1), () => string.Join("\n", found.Select(d => d.ToString())));
        return found[0];
    }

    private static void AssertReported(Diagnostic diagnostic, DiagnosticSeverity severity, string code, int line, int column, string hint)
    {
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(severity));
            Assert.That(diagnostic.Code, Is.EqualTo(code));
            Assert.That(diagnostic.Span, Is.EqualTo(new SourceSpan("content/news/2020/x/index.md", line, column)));
            Assert.That(diagnostic.Hint, Does.Contain(hint));
        });
    }

    [Test]
    public void A_file_that_does_not_exist_is_an_error_at_its_path_naming_the_closest_file()
    {
        var found = Only("downloads:\n  - file: reprot.pdf\n    credit: C\n    license: CC0-1.0");

        AssertReported(found, DiagnosticSeverity.Error, DiagnosticCodes.DownloadMissing, 5, 11, "did you mean 'report.pdf'?");
        Assert.That(found.Message, Does.Contain("content/news/2020/x/reprot.pdf, which does not exist"));
    }

    [TestCase("../y/photo.jpg")]
    [TestCase("/news/2020/x/report.pdf")]
    [TestCase("../../../../etc/passwd")]
    public void A_path_leaving_the_bundle_is_an_error(string path) =>
        AssertReported(Only($"downloads:\n  - file: {path}\n    credit: C\n    license: CC0-1.0"), DiagnosticSeverity.Error, DiagnosticCodes.DownloadOutsideBundle, 5, 11, "put the file in content/news/2020/x/");

    [Test]
    public void Downloads_of_a_release_that_is_not_a_bundle_are_an_error_that_says_how_to_make_one()
    {
        var found = Found(TestSite.Basics + Release.File("2020/y.md", "title: Y\ndate: 2020-12-02\ndownloads: [report.pdf]")).Single();

        Assert.That(found.ToString(), Is.EqualTo("content/news/2020/y.md:4:13: error: downloads are files of a page bundle, and this release is not one (make it a bundle: move it to content/news/2020/y/index.md (a translation to index.LANG.md), its files beside it)"));
    }

    [Test]
    public void An_unknown_key_is_an_error_at_the_key_naming_the_closest_one()
    {
        var found = Only("downloads:\n  - file: report.pdf\n    captoin: Report\n    credit: C\n    license: CC0-1.0");

        AssertReported(found, DiagnosticSeverity.Error, DiagnosticCodes.UnknownDownloadKey, 6, 5, "did you mean 'caption'?");
    }

    [Test]
    public void Downloads_that_are_not_a_list_are_an_error() =>
        AssertReported(Only("downloads: report.pdf"), DiagnosticSeverity.Error, DiagnosticCodes.DownloadMalformed, 4, 12, "- file: photo.jpg");

    [Test]
    public void An_entry_without_a_file_is_an_error_at_the_entry() =>
        AssertReported(Only("downloads:\n  - caption: Report"), DiagnosticSeverity.Error, DiagnosticCodes.DownloadMalformed, 5, 5, "add 'file:'");

    [Test]
    public void A_file_listed_twice_is_an_error_at_the_second() =>
        AssertReported(Only("downloads:\n  - file: report.pdf\n    credit: C\n    license: CC0-1.0\n  - file: ./report.pdf\n    credit: C\n    license: CC0-1.0"), DiagnosticSeverity.Error, DiagnosticCodes.DownloadMalformed, 8, 11, "list each file once");

    [TestCase("credit: Cyber Valley", "licence")]
    [TestCase("license: CC0-1.0", "credit")]
    public void A_download_without_credit_or_licence_is_a_warning_and_still_published(string given, string missing)
    {
        var site = MemorySite.Build(MediaKitSite.WithFrontMatter($"downloads:\n  - file: report.pdf\n    {given}"));
        var found = site.Result.Diagnostics.Single();

        AssertReported(found, DiagnosticSeverity.Warning, DiagnosticCodes.DownloadWithoutCredit, 5, 5, "'license:'");
        Assert.That(found.Message, Does.EndWith($"has no {missing}"));
        Assert.That(site.Html("news/2020/x/index.html").QuerySelectorAll("li.download"), Has.Length.EqualTo(1));
    }

    [Test]
    public void Every_bad_entry_is_reported_in_one_build()
    {
        var found = Found(MediaKitSite.WithFrontMatter("downloads:\n  - file: missing.pdf\n  - file: report.pdf\n  - file: ../out.pdf\n    credit: C"));

        Assert.That(found.Select(d => (d.Code, d.Span.Line)), Is.EqualTo(new[] { (DiagnosticCodes.DownloadMissing, 5), (DiagnosticCodes.DownloadWithoutCredit, 6), (DiagnosticCodes.DownloadOutsideBundle, 7) }));
    }
}
