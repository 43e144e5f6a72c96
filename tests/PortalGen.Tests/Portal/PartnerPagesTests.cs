using PortalGen.Tests.Support;

namespace PortalGen.Tests.Portal;

/// <summary>The partner index and each partner's own page.</summary>
public sealed class PartnerPagesTests() : BuiltSiteTests(Site)
{
    // Kinds are listed out of the index's order, and a kind has two partners, so order and grouping both show.
    private static readonly string Site = """
        -- content/site.yml --
        title: Test Portal
        base_url: https://news.example.org/
        paginate: 10
        -- content/partners.yml --
        - id: land
          name: State of Example
          short: Example
          kind: public
        - id: acme
          name: Acme Corporation
          short: Acme
          kind: industry
          url: https://acme.example/
          logo: /logos/acme.svg
          location: Springfield
          description: Makes everything.
        - id: fund
          name: Example Foundation
          kind: foundation
        - id: uni
          name: University of Example
          short: Uni Example
          kind: science
        - id: lab
          name: Example Lab
          kind: science
        -- content/topics.yml --
        - id: ai
          name: AI
        -- content/static/logos/acme.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"></svg>
        """
        + Release.Listed("both", "2021-03-01", "acme, uni")
        + Release.Listed("newest", "2022-01-10", "uni")
        + Release.Listed("oldest", "2020-05-05", "uni, lab, land");

    [TestCase("land", "State of Example")]
    [TestCase("acme", "Acme Corporation")]
    [TestCase("fund", "Example Foundation")]
    [TestCase("uni", "University of Example")]
    [TestCase("lab", "Example Lab")]
    public void Every_partner_of_the_registry_has_its_page(string id, string name)
    {
        var page = Built.Html($"partners/{id}/index.html");

        Assert.That(page.QuerySelector("h1")!.TextContent, Is.EqualTo(name));
    }

    [Test]
    public void Partner_index_groups_partners_by_kind_science_industry_foundation_public()
    {
        var groups = Built.Html("partners/index.html").QuerySelectorAll(".partner-group");

        Assert.Multiple(() =>
        {
            Assert.That(groups.Select(g => g.QuerySelector("h2")!.TextContent), Is.EqualTo(new[] { "Science", "Industry", "Foundations", "Public sector" }));
            Assert.That(groups[0].QuerySelectorAll(".partner-tile__name").Select(n => n.TextContent), Is.EqualTo(new[] { "Uni Example", "Example Lab" }));
            Assert.That(groups[3].QuerySelectorAll(".partner-tile__name").Select(n => n.TextContent), Is.EqualTo(new[] { "Example" }));
        });
    }

    [Test]
    public void Partner_index_links_each_short_name_to_its_page_with_its_release_count()
    {
        var tiles = Built.Html("partners/index.html").QuerySelectorAll(".partner-tile");

        var entries = tiles.Select(t => (
            Name: t.QuerySelector("a")!.TextContent,
            Href: t.QuerySelector("a")!.GetAttribute("href"),
            Count: t.QuerySelector(".count")!.TextContent));
        Assert.That(entries, Is.EqualTo(new[]
        {
            ("Uni Example", "/partners/uni/", "3 releases"),
            ("Example Lab", "/partners/lab/", "1 release"),
            ("Acme", "/partners/acme/", "1 release"),
            ("Example Foundation", "/partners/fund/", "0 releases"),
            ("Example", "/partners/land/", "1 release"),
        }));
    }

    [Test]
    public void Logos_beside_a_partner_name_have_empty_alt_text()
    {
        var logo = Built.Html("partners/index.html").QuerySelector("a[href='/partners/acme/'] img")!;

        Assert.Multiple(() =>
        {
            Assert.That(logo.GetAttribute("src"), Is.EqualTo("/logos/acme.svg"));
            Assert.That(logo.GetAttribute("alt"), Is.Empty);
        });
    }

    [Test]
    public void Partner_page_shows_the_profile_from_the_registry()
    {
        var page = Built.Html("partners/acme/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.Title, Is.EqualTo("Acme Corporation – Test Portal"));
            Assert.That(page.QuerySelector(".profile img")!.GetAttribute("src"), Is.EqualTo("/logos/acme.svg"));
            Assert.That(page.QuerySelector(".profile__location")!.TextContent, Is.EqualTo("Springfield"));
            Assert.That(page.QuerySelector(".lead")!.TextContent, Is.EqualTo("Makes everything."));
            Assert.That(page.QuerySelector("meta[name=description]")!.GetAttribute("content"), Is.EqualTo("Makes everything."));
            Assert.That(page.QuerySelector(".profile__website")!.GetAttribute("href"), Is.EqualTo("https://acme.example/"));
            Assert.That(page.QuerySelector(".profile__website")!.TextContent, Is.EqualTo("Website of Acme Corporation"));
        });
    }

    [Test]
    public void Partner_page_lists_its_releases_newest_first()
    {
        var titles = Built.Html("partners/uni/index.html").QuerySelectorAll(".card__title a").Select(a => a.TextContent);

        Assert.That(titles, Is.EqualTo(new[] { "newest", "both", "oldest" }));
    }

    [Test]
    public void Partner_with_no_releases_still_has_its_page()
    {
        var page = Built.Html("partners/fund/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector(".listing p")!.TextContent, Is.EqualTo("No releases yet."));
            Assert.That(page.QuerySelectorAll(".card"), Is.Empty);
            Assert.That(page.QuerySelector(".profile img"), Is.Null, "a partner without a logo shows none");
        });
    }
}
