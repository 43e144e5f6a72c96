using PortalGen.Tests.Support;

namespace PortalGen.Tests.Theme;

/// <summary>The home page leads with one story, then cards with images, the topics and the partners' logos.</summary>
public sealed class HomePageTests
{
    private static readonly string Releases =
        TestSite.LeadPhotoBundle
        + Release.File("2021/older.md", "title: Older\ndate: 2021-03-01\npartners: [nec, mpi-is]")
        + Release.File("2022/newest.md", "title: Newest\ndate: 2022-05-01\ntopics: [ai]");

    [Test]
    public void The_newest_release_is_the_lead_story_and_the_others_are_cards_below_it()
    {
        var home = MemorySite.BuildOk(TestSite.Basics.Replace("paginate: 2", "paginate: 5", StringComparison.Ordinal) + Releases).Html("index.html");

        Assert.Multiple(() =>
        {
            Assert.That(home.QuerySelector(".card--lead .card__title a")!.TextContent, Is.EqualTo("Newest"));
            Assert.That(home.QuerySelectorAll(".cards .card__title a").Select(a => a.TextContent), Is.EqualTo(new[] { "Older", "X" }), "the lead story is not a card again");
        });
    }

    [Test]
    public void A_release_marked_featured_leads_though_newer_ones_follow()
    {
        var featured = Release.File("2021/older.md", "title: Older\ndate: 2021-03-01\nfeatured: true");
        var home = MemorySite.BuildOk(TestSite.Basics.Replace("paginate: 2", "paginate: 5", StringComparison.Ordinal) + Releases + featured).Html("index.html");

        Assert.Multiple(() =>
        {
            Assert.That(home.QuerySelector(".card--lead .card__title a")!.TextContent, Is.EqualTo("Older"));
            Assert.That(home.QuerySelectorAll(".cards .card__title a").Select(a => a.TextContent), Is.EqualTo(new[] { "Newest", "X" }));
        });
    }

    [Test]
    public void A_card_shows_the_thumbnail_of_its_photo_or_a_placeholder_with_its_first_partners_logo()
    {
        var site = MemorySite.BuildOk(TestSite.Basics.Replace("paginate: 2", "paginate: 5", StringComparison.Ordinal) + Releases);
        var cards = site.Html("index.html").QuerySelectorAll(".cards .card");
        var photo = cards.Single(card => card.QuerySelector(".card__title")!.TextContent == "X");
        var withPartner = cards.Single(card => card.QuerySelector(".card__title")!.TextContent == "Older");

        Assert.Multiple(() =>
        {
            var thumbnail = photo.QuerySelector(".card__media img")!;
            Assert.That(thumbnail.GetAttribute("src"), Does.StartWith("/news/2020/x/"));
            Assert.That(site.Exists(thumbnail.GetAttribute("src")!.TrimStart('/')), Is.True, "the thumbnail is published");
            Assert.That((thumbnail.GetAttribute("width"), thumbnail.GetAttribute("height")), Is.EqualTo(("640", "360")));
            Assert.That(thumbnail.GetAttribute("alt"), Is.Empty, "the title beside it names the release");
            Assert.That(withPartner.QuerySelector(".card__media--placeholder img")!.GetAttribute("src"), Is.EqualTo("/logos/nec.svg"));
        });
    }

    [Test]
    public void The_lead_story_shows_the_large_picture_fetched_first()
    {
        var home = MemorySite.BuildOk(TestSite.Basics + TestSite.LeadPhotoBundle).Html("index.html");
        var image = home.QuerySelector(".card--lead .card__media img")!;

        Assert.Multiple(() =>
        {
            Assert.That((image.GetAttribute("width"), image.GetAttribute("height")), Is.EqualTo(("2400", "1600")), "the picture, not the 640 px thumbnail");
            Assert.That(image.GetAttribute("fetchpriority"), Is.EqualTo("high"));
            Assert.That(image.HasAttribute("loading"), Is.False);
        });
    }

    [Test]
    public void Partner_chips_on_cards_link_to_the_partner_pages()
    {
        var home = MemorySite.BuildOk(TestSite.Basics.Replace("paginate: 2", "paginate: 5", StringComparison.Ordinal) + Releases).Html("index.html");

        Assert.That(
            home.QuerySelectorAll(".chip a").Select(a => (a.TextContent, a.GetAttribute("href"))),
            Is.EqualTo(new[] { ("NEC Labs", "/partners/nec/"), ("MPI-IS", "/partners/mpi-is/") }));
    }

    [Test]
    public void The_partner_strip_links_every_partner_by_its_logo_or_its_short_name()
    {
        var home = MemorySite.BuildOk(TestSite.Basics + Releases).Html("index.html");
        var links = home.QuerySelectorAll(".partner-strip a").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(links.Select(a => a.GetAttribute("href")), Is.EquivalentTo(new[] { "/partners/nec/", "/partners/mpi-is/", "/partners/uni-tuebingen/" }));
            Assert.That(links.Single(a => a.GetAttribute("href") == "/partners/nec/").QuerySelector("img")!.GetAttribute("alt"), Is.EqualTo("NEC Laboratories Europe"));
            Assert.That(links.Single(a => a.GetAttribute("href") == "/partners/mpi-is/").TextContent, Is.EqualTo("MPI-IS"));
        });
    }

    [Test]
    public void Topic_highlights_link_the_topics_that_have_releases()
    {
        var home = MemorySite.BuildOk(TestSite.Basics + Releases).Html("index.html");

        Assert.That(home.QuerySelectorAll(".topic-links a").Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "/topics/ai/" }));
    }
}
