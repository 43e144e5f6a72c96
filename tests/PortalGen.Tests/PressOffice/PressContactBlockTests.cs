using PortalGen.Tests.Support;

namespace PortalGen.Tests.PressOffice;

/// <summary>The "Press contact" block of a release page: whom to call, with mailto:, tel: and vCard links.</summary>
public sealed class PressContactBlockTests
{
    [Test]
    public void A_release_shows_the_contacts_it_names_with_their_organisation_and_links()
    {
        var site = MemorySite.BuildOk(PressSite.Site + Release.File("2020/x.md", "title: X\ndate: 2020-12-02\ncontacts: [ben, clara]"));

        var contacts = site.Html("news/2020/x/index.html").QuerySelectorAll(".press-contacts .press-contact");

        Assert.Multiple(() =>
        {
            Assert.That(contacts.Select(c => c.QuerySelector(".press-contact__name")!.TextContent), Is.EqualTo(new[] { "Ben O'Brien; Jr.", "Clara Muster" }));
            Assert.That(contacts[0].QuerySelector(".press-contact__role")!.TextContent, Is.EqualTo("Press officer, research"));
            Assert.That(contacts[0].QuerySelector(".press-contact__organisation a")!.GetAttribute("href"), Is.EqualTo("/partners/nec/"));
            Assert.That(contacts[0].QuerySelector(".press-contact__organisation a")!.TextContent, Is.EqualTo("NEC Laboratories Europe"));
            Assert.That(contacts[0].QuerySelector(".press-contact__email a")!.GetAttribute("href"), Is.EqualTo("mailto:ben@nec.example"));
            Assert.That(contacts[0].QuerySelector(".press-contact__phone a")!.GetAttribute("href"), Is.EqualTo("tel:+49622143421" + "1"));
            Assert.That(contacts[0].QuerySelector(".press-contact__phone a")!.TextContent, Is.EqualTo("+49 (6221) 4342 11"));
            Assert.That(contacts[0].QuerySelector(".press-contact__vcard a")!.GetAttribute("href"), Is.EqualTo("/contacts/ben.vcf"));
            Assert.That(contacts[1].QuerySelector(".press-contact__role"), Is.Null, "Clara has no role");
        });
    }

    [Test]
    public void A_release_without_contacts_shows_the_sites_default_contact()
    {
        var site = MemorySite.BuildOk(PressSite.Site.Replace("paginate: 2", "paginate: 2\npress_contact: anna", StringComparison.Ordinal) + Release.File("2020/x.md", "title: X\ndate: 2020-12-02"));

        var names = site.Html("news/2020/x/index.html").QuerySelectorAll(".press-contact__name").Select(n => n.TextContent);

        Assert.That(names, Is.EqualTo(new[] { "Anna Example" }));
    }

    [Test]
    public void A_site_without_a_default_contact_shows_no_block_on_a_release_that_names_none()
    {
        var site = MemorySite.BuildOk(PressSite.Site + Release.File("2020/x.md", "title: X\ndate: 2020-12-02"));

        Assert.That(site.Html("news/2020/x/index.html").QuerySelector(".press-contacts"), Is.Null);
    }

    [Test]
    public void Markup_in_a_contacts_texts_is_printed_as_text()
    {
        var contacts = PressSite.Contacts.Replace("name: Clara Muster", "name: \"<b>Clara</b>\"", StringComparison.Ordinal);
        var site = MemorySite.BuildOk(TestSite.Basics + contacts + Release.File("2020/x.md", "title: X\ndate: 2020-12-02\ncontacts: [clara]"));

        var name = site.Html("news/2020/x/index.html").QuerySelector(".press-contact__name")!;

        Assert.Multiple(() =>
        {
            Assert.That(name.TextContent, Is.EqualTo("<b>Clara</b>"));
            Assert.That(name.QuerySelector("b"), Is.Null);
        });
    }

    [Test]
    public void A_translation_shows_the_role_in_its_language()
    {
        var site = MemorySite.BuildOk(
            PressSite.Site.Replace("base_url: https://news.example.org/", "base_url: https://news.example.org/\nlanguages:\n  en:\n  de:", StringComparison.Ordinal)
                .Replace("role: Head of communications", "role: {en: Head of communications, de: Leiterin Kommunikation}", StringComparison.Ordinal)
            + Release.File("2020/x.md", "title: X\ndate: 2020-12-02\ncontacts: [anna]")
            + Release.File("2020/x.de.md", "title: X auf Deutsch\ndate: 2020-12-02\ncontacts: [anna]"));

        Assert.Multiple(() =>
        {
            Assert.That(site.Html("news/2020/x/index.html").QuerySelector(".press-contact__role")!.TextContent, Is.EqualTo("Head of communications"));
            Assert.That(site.Html("de/news/2020/x/index.html").QuerySelector(".press-contact__role")!.TextContent, Is.EqualTo("Leiterin Kommunikation"));
        });
    }
}
