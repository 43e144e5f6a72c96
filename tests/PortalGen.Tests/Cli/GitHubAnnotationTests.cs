using PortalGen.Cli;
using PortalGen.Diagnostics;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Cli;

/// <summary>Under CI=true each diagnostic is also a GitHub Actions command, which must survive any text an editor wrote.</summary>
public sealed class GitHubAnnotationTests
{
    [Test]
    public void An_error_names_its_file_line_and_column_and_carries_its_hint()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.UnknownPartner, new SourceSpan("content/news/2020/x.md", 4, 12), "unknown partner 'nex'", "did you mean 'nec'?");

        Assert.That(GitHubAnnotation.Format(diagnostic), Is.EqualTo("::error file=content/news/2020/x.md,line=4,col=12,title=PG0201::unknown partner 'nex' (did you mean 'nec'?)"));
    }

    [Test]
    public void A_warning_about_a_whole_file_has_no_line()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Warning, DiagnosticCodes.StrayContentFile, SourceSpan.WholeFile("content/x.md"), "stray");

        Assert.That(GitHubAnnotation.Format(diagnostic), Is.EqualTo("::warning file=content/x.md,title=PG0005::stray"));
    }

    [Test]
    public void A_warning_that_fails_a_strict_build_is_annotated_as_an_error_with_its_own_code()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "title: X\ndate: 2020-12-02", "Raw <br> HTML."));

        var result = site.Build(options => options with { Strict = true });

        Assert.That(result.Diagnostics.Select(GitHubAnnotation.Format), Is.EqualTo(new[]
        {
            "::error file=content/news/2020/x.md,line=5,col=5,title=PG0110::raw HTML is left out of the page (write it in Markdown, or set 'unsafe_html: true' in site.yml if every author is trusted)",
        }));
    }

    [Test]
    public void Percent_line_breaks_and_bidi_overrides_cannot_end_or_reorder_the_command()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, DiagnosticCodes.InvalidSlug, new SourceSpan("content/news/a,b:c.md", 1, 1), "slug '100%\n::error::x\u202E' is not valid");

        Assert.That(GitHubAnnotation.Format(diagnostic), Is.EqualTo("::error file=content/news/a%2Cb%3Ac.md,line=1,col=1,title=PG0108::slug '100%25\\u000A::error::x\\u202E' is not valid"));
    }
}
