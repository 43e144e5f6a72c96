using PortalGen.Diagnostics;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.PressOffice;

/// <summary>Every mistake in contacts.yml, in a release's contacts or in the default contact is an error at its place.</summary>
public sealed class PressContactDiagnosticsTests
{
    private static Diagnostic Only(MemorySite site, string code)
    {
        var found = site.Result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.That(found, Has.Count.EqualTo(1), () => string.Join("\n", TestSite.Lines(site.Result)));
        return found[0];
    }

    [Test]
    public void Unknown_contact_id_in_a_release_names_the_closest_one()
    {
        var site = MemorySite.Build(PressSite.Site + Release.File("2020/x.md", "title: X\ndate: 2020-12-02\ncontacts: [anna, bem]"));

        Assert.That(Only(site, DiagnosticCodes.UnknownContact).ToString(), Is.EqualTo("content/news/2020/x.md:4:18: error: unknown contact 'bem' (did you mean 'ben'?)"));
    }

    [Test]
    public void Unknown_default_contact_in_site_yml_names_the_closest_one()
    {
        var site = MemorySite.Build(PressSite.Site.Replace("paginate: 2", "paginate: 2\npress_contact: ana", StringComparison.Ordinal));

        Assert.That(Only(site, DiagnosticCodes.UnknownContact).ToString(), Is.EqualTo("content/site.yml:5:16: error: unknown contact 'ana' (did you mean 'anna'?)"));
    }

    [Test]
    public void Unknown_organisation_in_contacts_yml_names_the_closest_partner()
    {
        var site = MemorySite.Build(TestSite.Basics + PressSite.Contacts.Replace("organisation: mpi-is", "organisation: mpi-si", StringComparison.Ordinal));

        Assert.That(Only(site, DiagnosticCodes.UnknownOrganisation).ToString(), Is.EqualTo("content/contacts.yml:16:17: error: unknown organisation 'mpi-si' (did you mean 'mpi-is'?)"));
    }

    [TestCase("email: anna@nec.example", "email: anna.nec.example", 5, 10, "'email' is not a valid email: 'anna.nec.example'")]
    [TestCase("email: anna@nec.example", "email: \"anna@nec.example?subject=x\"", 5, 10, "'email' is not a valid email: 'anna@nec.example?subject=x'")]
    [TestCase("phone: +49 6221 4342-0", "phone: call us", 6, 10, "'phone' is not a valid phone: 'call us'")]
    public void Malformed_email_or_phone_is_an_error_at_its_value(string written, string mistaken, int line, int column, string message)
    {
        var site = MemorySite.Build(TestSite.Basics + PressSite.Contacts.Replace(written, mistaken, StringComparison.Ordinal));

        var error = Only(site, DiagnosticCodes.ContactInvalid);

        Assert.Multiple(() =>
        {
            Assert.That(error.Span, Is.EqualTo(new SourceSpan("content/contacts.yml", line, column)));
            Assert.That(error.Message, Is.EqualTo(message));
            Assert.That(error.Hint, Is.Not.Null);
            Assert.That(site.Result.Outcome, Is.EqualTo(BuildOutcome.ContentErrors));
        });
    }

    [Test]
    public void A_contact_without_an_email_is_an_error_at_its_entry()
    {
        var site = MemorySite.Build(TestSite.Basics + PressSite.Contacts.Replace("  email: clara@mpi-is.example\n", "", StringComparison.Ordinal));

        var error = site.Result.Diagnostics.Single(d => d.Message == "this entry has no 'email'");

        Assert.That(error.Span.Line, Is.EqualTo(14));
    }

    [Test]
    public void A_photo_missing_from_the_static_files_is_an_error_at_its_line()
    {
        var site = MemorySite.Build(PressSite.Site.Replace("photo: /people/ben.jpg", "photo: /people/ben-obrien.jpg", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(Only(site, DiagnosticCodes.ContactPhotoMissing).ToString(), Is.EqualTo("content/contacts.yml:13:10: error: the photo '/people/ben-obrien.jpg' of contact 'ben' is not among the static files (put it in content/static/people/ben-obrien.jpg, or correct the path (it starts at the site root, as in /people/martin-muster.jpg))"));
            Assert.That(site.OutputPaths, Is.Empty);
        });
    }

    [Test]
    public void A_photo_that_is_not_a_picture_is_an_error_at_its_line()
    {
        var site = MemorySite.Build(PressSite.Site.Replace("(image 120x160)", "not a photo", StringComparison.Ordinal));

        Assert.That(Only(site, DiagnosticCodes.UnsupportedContactPhoto).ToString(), Is.EqualTo("content/contacts.yml:13:10: error: the photo '/people/ben.jpg' of contact 'ben' cannot be read: it is damaged or not an image (open it in an image editor and export it again as SVG, PNG, JPEG or WebP, with the matching extension)"));
    }

    [Test]
    public void A_photo_on_another_host_is_not_looked_for_among_the_static_files()
    {
        var site = MemorySite.Build(PressSite.Site.Replace("photo: /people/ben.jpg", "photo: https://cdn.example.org/ben.jpg", StringComparison.Ordinal));

        Assert.That(site.Result.Diagnostics, Is.Empty);
    }
}
