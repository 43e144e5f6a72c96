using PortalGen.Tests.Support;

namespace PortalGen.Tests.PressOffice;

/// <summary>Press contacts in schema.org: ContactPoints of the partner's Organization and of a release's sources.</summary>
public sealed class PressContactJsonLdTests
{
    private static readonly MemorySite Site = MemorySite.BuildOk(PressSite.Site + Release.File("2020/x.md", "title: X\ndate: 2020-12-02\ncontacts: [ben, clara]"));

    [Test]
    public void A_release_names_each_contacts_organisation_as_its_source_with_a_press_contact_point()
    {
        var sources = PageJsonLd.Of(Site.Html("news/2020/x/index.html")).GetProperty("sourceOrganization").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(sources.Select(s => s.GetProperty("name").GetString()), Is.EqualTo(new[] { "NEC Laboratories Europe", "Max Planck Institute for Intelligent Systems" }));
            Assert.That(sources.Select(s => s.GetProperty("@type").GetString()), Has.All.EqualTo("Organization"));
            var point = sources[0].GetProperty("contactPoint")[0];
            Assert.That(point.GetProperty("@type").GetString(), Is.EqualTo("ContactPoint"));
            Assert.That(point.GetProperty("contactType").GetString(), Is.EqualTo("press"));
            Assert.That(point.GetProperty("name").GetString(), Is.EqualTo("Ben O'Brien; Jr."));
            Assert.That(point.GetProperty("email").GetString(), Is.EqualTo("ben@nec.example"));
            Assert.That(point.GetProperty("telephone").GetString(), Is.EqualTo("+49 (6221) 4342 11"));
        });
    }

    [Test]
    public void A_partners_page_lists_the_contacts_who_speak_for_it()
    {
        var organization = PageJsonLd.Of(Site.Html("partners/nec/index.html"));

        var names = organization.GetProperty("contactPoint").EnumerateArray().Select(p => p.GetProperty("name").GetString());

        Assert.That(names, Is.EqualTo(new[] { "Anna Example", "Ben O'Brien; Jr." }));
    }

    [Test]
    public void A_partner_without_contacts_has_no_contact_point()
    {
        var organization = PageJsonLd.Of(Site.Html("partners/uni-tuebingen/index.html"));

        Assert.That(organization.TryGetProperty("contactPoint", out _), Is.False);
    }
}
