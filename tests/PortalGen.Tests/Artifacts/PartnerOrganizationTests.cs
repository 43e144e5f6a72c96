using System.Text.Json;
using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Rendering;

namespace PortalGen.Tests.Artifacts;

/// <summary>The Organization JSON-LD that a partner's page prints (as partner.json_ld).</summary>
public sealed class PartnerOrganizationTests
{
    private static readonly Site Site = new()
    {
        Settings = new SiteSettings { Title = "Test Portal", BaseUrl = new Uri("https://example.org/portal/") },
        Urls = new UrlScheme(new Uri("https://example.org/portal/")),
        Releases = [],
        Pages = [],
        Partners = [],
        Topics = [],
        Indexes = SiteIndexes.Build([], [], [], relatedCount: 4),
    };

    private static readonly Partner Nec = new(
        "nec", "NEC Laboratories Europe", "NEC Labs", PartnerKind.Industry, "https://www.neclab.eu/", "/logos/nec.svg", "Heidelberg, Germany", "Research </script> & more", new SourceSpan("content/partners.yml", 1, 3));

    [Test]
    public void Organization_holds_name_website_logo_description_and_location()
    {
        var organization = JsonDocument.Parse(JsonLd.Organization(Site, Nec)).RootElement;

        Assert.Multiple(() =>
        {
            Assert.That(organization.GetProperty("@context").GetString(), Is.EqualTo("https://schema.org"));
            Assert.That(organization.GetProperty("@type").GetString(), Is.EqualTo("Organization"));
            Assert.That(organization.GetProperty("name").GetString(), Is.EqualTo("NEC Laboratories Europe"));
            Assert.That(organization.GetProperty("alternateName").GetString(), Is.EqualTo("NEC Labs"));
            Assert.That(organization.GetProperty("url").GetString(), Is.EqualTo("https://www.neclab.eu/"));
            Assert.That(organization.GetProperty("logo").GetString(), Is.EqualTo("https://example.org/portal/logos/nec.svg"));
            Assert.That(organization.GetProperty("description").GetString(), Is.EqualTo("Research </script> & more"));
            Assert.That(organization.GetProperty("location").GetProperty("name").GetString(), Is.EqualTo("Heidelberg, Germany"));
        });
    }

    [Test]
    public void Organization_json_has_no_characters_that_could_end_a_script_element()
    {
        var json = JsonLd.Organization(Site, Nec);

        Assert.That(json, Does.Not.Contain("<").And.Not.Contain(">").And.Not.Contain("&"));
    }
}
