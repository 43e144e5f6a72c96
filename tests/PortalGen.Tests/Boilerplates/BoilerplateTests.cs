using AngleSharp.Dom;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Boilerplates;

/// <summary>A release ends with the boilerplates of the partners it names, "About NAME", before its press contact.</summary>
public sealed class BoilerplateTests
{
    private static IElement[] Sections(IDocument page) => [.. page.QuerySelectorAll("section.boilerplate")];

    [Test]
    public void A_release_shows_its_partners_boilerplates_in_the_order_it_names_them()
    {
        var site = MemorySite.BuildOk(BoilerplateSite.WithRelease("mpi-is, uni-tuebingen, nec"));

        var sections = Sections(site.Html("news/2020/x/index.html"));

        Assert.Multiple(() =>
        {
            Assert.That(sections.Select(s => s.QuerySelector("h2")!.TextContent), Is.EqualTo(new[] { "About Max Planck Institute for Intelligent Systems", "About NEC Laboratories Europe" }));
            Assert.That(sections[1].QuerySelector("strong")!.TextContent, Is.EqualTo("European"));
            Assert.That(sections[1].QuerySelector("a")!.GetAttribute("href"), Is.EqualTo("https://www.neclab.eu/"));
        });
    }

    [Test]
    public void The_boilerplates_come_after_the_body_and_before_the_press_contact()
    {
        var site = MemorySite.BuildOk(BoilerplateSite.WithRelease("nec", "\ncontacts: [anna]") + """
            -- content/contacts.yml --
            - id: anna
              name: Anna Example
              organisation: nec
              email: anna@nec.example
              phone: +49 6221 4342-0

            """);

        var page = site.Html("news/2020/x/index.html");
        var order = page.QuerySelectorAll(".prose, section.boilerplate, .press-contacts").Select(e => e.ClassList[0]);

        Assert.That(order, Is.EqualTo(new[] { "prose", "release-box", "press-contacts" }));
    }

    [Test]
    public void A_translation_shows_the_boilerplate_in_its_language_else_the_default_languages()
    {
        var site = MemorySite.BuildOk(BoilerplateSite.WithRelease("nec, mpi-is"));

        var sections = Sections(site.Html("de/news/2020/x/index.html"));

        Assert.Multiple(() =>
        {
            Assert.That(sections.Select(s => s.QuerySelector("h2")!.TextContent), Is.EqualTo(new[] { "Über NEC Laboratories Europe GmbH", "Über Max Planck Institute for Intelligent Systems" }));
            Assert.That(sections[0].QuerySelector(".boilerplate__text")!.TextContent.Trim(), Is.EqualTo("NEC Laboratories Europe ist die europäische Forschungsorganisation von NEC."));
            Assert.That(sections[1].QuerySelector(".boilerplate__text p")!.TextContent, Does.StartWith("The MPI-IS studies"), "no German text: the English one");
        });
    }

    [Test]
    public void Boilerplates_false_leaves_them_out()
    {
        var site = MemorySite.BuildOk(BoilerplateSite.WithRelease("nec, mpi-is", "\nboilerplates: false"));

        Assert.Multiple(() =>
        {
            Assert.That(Sections(site.Html("news/2020/x/index.html")), Is.Empty);
            Assert.That(site.Read("feed.xml"), Does.Not.Contain("About NEC"));
        });
    }

    [Test]
    public void A_heading_in_a_boilerplate_sits_below_the_sections_heading_and_has_no_id()
    {
        var site = MemorySite.BuildOk(BoilerplateSite.WithRelease("mpi-is"));

        var section = Sections(site.Html("news/2020/x/index.html")).Single();

        Assert.Multiple(() =>
        {
            Assert.That(section.QuerySelector(".boilerplate__text h3")!.TextContent, Is.EqualTo("Research"));
            Assert.That(section.QuerySelector(".boilerplate__text h1, .boilerplate__text h2"), Is.Null);
            Assert.That(section.QuerySelector(".boilerplate__text h3")!.HasAttribute("id"), Is.False);
        });
    }

    [Test]
    public void The_feeds_carry_the_boilerplates_after_the_body_as_the_page_does()
    {
        var site = MemorySite.BuildOk(BoilerplateSite.WithRelease("nec"));

        Assert.Multiple(() =>
        {
            Assert.That(site.Read("feed.xml"), Does.Contain("&lt;h2&gt;About NEC Laboratories Europe&lt;/h2&gt;"));
            Assert.That(site.Read("feed.json"), Does.Contain("About NEC Laboratories Europe"));
            Assert.That(site.Read("de/feed.xml"), Does.Contain("Über NEC Laboratories Europe GmbH"));
        });
    }

    [Test]
    public void Markup_and_script_links_in_a_boilerplate_never_reach_the_page_as_markup()
    {
        var site = MemorySite.Build(BoilerplateSite.WithRelease("nec").Replace(
            "de: \"NEC Laboratories Europe ist",
            "de: \"<b>Fett</b> und [Klick](javascript:alert(2)).\\n\\n<script>alert(1)</script>\\n\\nNEC Laboratories Europe ist",
            StringComparison.Ordinal));

        var section = Sections(site.Html("de/news/2020/x/index.html")).Single();

        Assert.Multiple(() =>
        {
            Assert.That(section.QuerySelector("script, b, a"), Is.Null);
            Assert.That(section.QuerySelector(".boilerplate__text p")!.TextContent, Is.EqualTo("Fett und Klick."));
            Assert.That(site.Read("de/feed.xml"), Does.Not.Contain("script"));
            Assert.That(site.Result.Diagnostics.Select(d => d.ToString()), Is.EquivalentTo(new[]
            {
                "content/partners.yml:6:9: warning: raw HTML in the boilerplate is left out of the pages (write it in Markdown: **bold**, [link](https://example.org/), lists)",
                "content/partners.yml:6:9: warning: a link in the boilerplate that would run code is left out, only its text is kept (link to an http or https address, or to a page of the site)",
            }));
        });
    }
}
