using PortalGen.Diagnostics;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Boilerplates;

/// <summary>A boilerplate that is no text and a <c>boilerplates:</c> that is no flag are errors at their place.</summary>
public sealed class BoilerplateDiagnosticsTests
{
    private static string Only(MemorySite site, string code)
    {
        var found = site.Result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.That(found, Has.Count.EqualTo(1), () => string.Join("\n", TestSite.Lines(site.Result)));
        return found[0].ToString();
    }

    [Test]
    public void A_boilerplate_that_is_a_list_is_an_error_at_its_value()
    {
        var site = MemorySite.Build(BoilerplateSite.WithRelease("nec").Replace(
            "boilerplate: |\n    # Research",
            "boilerplate:\n    - one\n    - two\n  description: |\n    # Research",
            StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(Only(site, DiagnosticCodes.BoilerplateInvalid), Does.StartWith("content/partners.yml:11:5: error: 'boilerplate' must be Markdown text, or a text per language ("));
            Assert.That(site.Result.Outcome, Is.EqualTo(BuildOutcome.ContentErrors));
        });
    }

    [Test]
    public void A_language_text_that_is_no_text_is_an_error_at_it()
    {
        var site = MemorySite.Build(BoilerplateSite.WithRelease("nec").Replace(
            "de: \"NEC Laboratories Europe ist die **europäische** Forschungsorganisation von NEC.\"",
            "de: [eins, zwei]",
            StringComparison.Ordinal));

        Assert.That(Only(site, DiagnosticCodes.WrongType), Does.StartWith("content/partners.yml:6:9: error: 'boilerplate.de' must be text, found a list"));
    }

    [Test]
    public void A_boilerplate_in_a_language_the_site_lacks_is_an_error_at_it()
    {
        var site = MemorySite.Build(BoilerplateSite.WithRelease("nec").Replace("    de: \"NEC", "    fr: \"NEC", StringComparison.Ordinal));

        Assert.That(Only(site, DiagnosticCodes.UnknownLanguage), Does.StartWith("content/partners.yml:6:5: error: 'boilerplate' has a text in 'fr', which is not one of the site's languages"));
    }

    [TestCase("boilerplates: no", "'boilerplates' must be true or false, found 'no'")]
    [TestCase("boilerplates: [nec]", "'boilerplates' must be true or false, found a list")]
    public void Boilerplates_that_is_not_true_or_false_is_an_error_at_its_value(string written, string message)
    {
        var site = MemorySite.Build(BoilerplateSite.Partners + Release.File("2020/x.md", $"title: X\ndate: 2020-12-02\npartners: [nec]\n{written}"));

        Assert.That(Only(site, DiagnosticCodes.BoilerplatesNotFlag), Is.EqualTo($"content/news/2020/x.md:5:15: error: {message}"));
    }
}
