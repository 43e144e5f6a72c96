using PortalGen.Diagnostics;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Portal;

/// <summary>A partner's logo named by its path from the site root is a static file and a picture, or the build fails at its line in partners.yml.</summary>
public sealed class PartnerLogoTests
{
    private const string Hint = "(open it in an image editor and export it again as SVG, PNG, JPEG or WebP, with the matching extension)";

    [Test]
    public void A_missing_partner_logo_is_an_error_at_its_line_and_nothing_is_written()
    {
        var site = MemorySite.Build(TestSite.OneRelease.Replace("logo: /logos/nec.svg", "logo: /logos/nec-new.svg", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(site.Result), Is.EqualTo(new[]
            {
                "content/partners.yml:5:9: error: the logo '/logos/nec-new.svg' of partner 'nec' is not among the static files (put it in content/static/logos/nec-new.svg, or correct the path (it starts at the site root, as in /logos/nec.svg))",
            }));
            Assert.That(site.Result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.PartnerLogoMissing));
            Assert.That(site.OutputPaths, Is.Empty);
        });
    }

    [TestCase(new byte[] { 0x89, 0x50, 0x4e, 0x47 }, "the logo '/logos/nec.png' of partner 'nec' cannot be read: it is damaged or not an image")]
    [TestCase(null, "the logo '/logos/nec.png' of partner 'nec' holds a JPEG picture, not what its name promises")]
    public void A_partner_logo_that_is_not_the_picture_its_name_says_is_an_error(byte[]? bytes, string message)
    {
        var sources = MemorySite.Sources(TestSite.OneRelease.Replace("logo: /logos/nec.svg", "logo: /logos/nec.png", StringComparison.Ordinal));
        sources["content/static/logos/nec.png"] = bytes ?? TestImages.Jpeg(120, 120);

        var site = MemorySite.Build(sources);

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(site.Result), Is.EqualTo(new[] { $"content/partners.yml:5:9: error: {message} {Hint}" }));
            Assert.That(site.Result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.UnsupportedPartnerLogo));
            Assert.That(site.OutputPaths, Is.Empty);
        });
    }

    [Test]
    public void A_partner_logo_on_another_host_is_linked_as_it_is()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease.Replace("logo: /logos/nec.svg", "logo: https://cdn.example.org/nec.svg", StringComparison.Ordinal));

        Assert.That(site.Html("partners/nec/index.html").QuerySelectorAll("img").Select(img => img.GetAttribute("src")), Does.Contain("https://cdn.example.org/nec.svg"));
    }
}
