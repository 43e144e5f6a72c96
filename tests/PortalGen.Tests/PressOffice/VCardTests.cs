using System.Text;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.PressOffice;

/// <summary>Each contact's vCard (RFC 6350): CRLF lines, escaped values, folded at 75 octets, read back as the contact.</summary>
public sealed class VCardTests
{
    private static readonly MemorySite Site = MemorySite.BuildOk(PressSite.Site + Release.File("2020/x.md", "title: X\ndate: 2020-12-02\ncontacts: [ben]"));

    /// <summary>The card's properties as a reader unfolds them: a line starting with a space continues the one before.</summary>
    private static List<string> Unfolded(byte[] card) =>
        [.. Encoding.UTF8.GetString(card).Replace("\r\n ", "", StringComparison.Ordinal).Split("\r\n")];

    [Test]
    public void Every_contact_has_a_card()
    {
        Assert.That(Site.OutputPaths.Where(p => p.StartsWith("contacts/", StringComparison.Ordinal)), Is.EqualTo(new[] { "contacts/anna.vcf", "contacts/ben.vcf", "contacts/clara.vcf" }));
    }

    [Test]
    public void A_card_reads_back_as_the_contact_with_its_texts_escaped()
    {
        var lines = Unfolded(Site.Bytes("contacts/ben.vcf")!);

        Assert.That(lines, Is.EqualTo(new[]
        {
            "BEGIN:VCARD",
            "VERSION:4.0",
            "KIND:individual",
            "FN:Ben O'Brien\\; Jr.",
            "ORG:NEC Laboratories Europe",
            "TITLE:Press officer\\, research",
            "EMAIL;TYPE=work:ben@nec.example",
            "TEL;VALUE=uri;TYPE=\"work,voice\":tel:+496221434211",
            "PHOTO:https://news.example.org/people/ben.jpg",
            "SOURCE:https://news.example.org/contacts/ben.vcf",
            "END:VCARD",
            "",
        }));
    }

    [Test]
    public void Every_line_ends_in_crlf_and_holds_at_most_75_octets()
    {
        var longName = "Dr. " + string.Concat(Enumerable.Repeat("Müller-Lüdenscheidt ", 6)).Trim();
        var site = MemorySite.BuildOk(TestSite.Basics + PressSite.Contacts.Replace("name: Clara Muster", $"name: {longName}", StringComparison.Ordinal));
        var card = site.Bytes("contacts/clara.vcf")!;
        var text = Encoding.UTF8.GetString(card);

        Assert.Multiple(() =>
        {
            Assert.That(text.Replace("\r\n", "", StringComparison.Ordinal), Does.Not.Contain("\n").And.Not.Contain("\r"));
            Assert.That(text.Split("\r\n").Select(line => Encoding.UTF8.GetByteCount(line)), Has.All.LessThanOrEqualTo(75));
            Assert.That(text.Split("\r\n").Count(line => line.StartsWith(' ')), Is.GreaterThan(0), "the name is folded");
            Assert.That(Unfolded(card), Does.Contain("FN:" + longName));
        });
    }

    [Test]
    public void The_card_is_linked_from_the_page_and_is_the_same_bytes_in_every_build()
    {
        var again = MemorySite.BuildOk(PressSite.Site + Release.File("2020/x.md", "title: X\ndate: 2020-12-02\ncontacts: [ben]"));

        Assert.That(again.Bytes("contacts/ben.vcf"), Is.EqualTo(Site.Bytes("contacts/ben.vcf")));
    }
}
