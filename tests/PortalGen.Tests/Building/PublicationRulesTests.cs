using PortalGen.Model;
using PortalGen.Settings;
using PortalGen.Tests.Support;
using Release = PortalGen.Tests.Support.Release;

namespace PortalGen.Tests.Building;

/// <summary>
/// Which releases a build publishes, each rule at its edge. "Now" is 2026-11-27 12:00 UTC (13:00 in Berlin, the
/// site's time zone); a date written without a zone is Berlin time.
/// </summary>
public sealed class PublicationRulesTests
{
    private const string BerlinSite = """

        -- content/site.yml --
        title: Test Portal
        base_url: https://news.example.org/
        timezone: Europe/Berlin
        """;

    private static (bool Published, LeftOutReason? Reason) Publish(string frontMatter, Func<BuildOptions, BuildOptions>? adjust = null)
    {
        using var site = TestSite.Create(TestSite.Basics + BerlinSite + Release.File("2026/x.md", "title: X\n" + frontMatter));
        var result = site.BuildOk(adjust);
        return (result.Releases == 1, result.LeftOut.SingleOrDefault()?.Reason);
    }

    [TestCase("2026-11-27T11:59:00Z", true)]
    [TestCase("2026-11-27T12:01:00Z", false)]
    [TestCase("2026-11-27T12:59:00+01:00", true)]
    [TestCase("2026-11-27T13:01:00+01:00", false)]
    [TestCase("2026-11-27T20:59:00+09:00", true)]
    [TestCase("2026-11-27T21:01:00+09:00", false)]
    [TestCase("2026-11-27 12:59", true)]
    [TestCase("2026-11-27 13:01", false)]
    public void An_embargo_holds_to_the_minute_in_any_time_zone(string embargo, bool published)
    {
        var (isPublished, reason) = Publish($"date: 2026-11-20\nembargo: {embargo}");

        Assert.That((isPublished, reason), Is.EqualTo(published ? (true, (LeftOutReason?)null) : (false, LeftOutReason.Embargoed)));
    }

    [TestCase("2026-11-27T12:59:00+01:00", true)]
    [TestCase("2026-11-27T13:01:00+01:00", false)]
    [TestCase("2026-11-27 12:59", true)]
    [TestCase("2026-11-27 13:01", false)]
    public void A_release_dated_in_the_future_waits_for_its_date(string date, bool published)
    {
        var (isPublished, reason) = Publish($"date: {date}");

        Assert.That((isPublished, reason), Is.EqualTo(published ? (true, (LeftOutReason?)null) : (false, LeftOutReason.Future)));
    }

    // Now is 2026-11-27T12:00:00Z exactly (TestSite's FixedClock): each rule at that very instant, and one tick (100 ns) after it.
    [TestCase("2026-11-27T12:00:00Z", true)]
    [TestCase("2026-11-27T13:00:00+01:00", true)]
    [TestCase("2026-11-27 13:00", true)]
    [TestCase("2026-11-27T12:00:00.0000001Z", false)]
    public void An_embargo_ending_at_the_very_instant_of_now_is_published(string embargo, bool published)
    {
        var (isPublished, reason) = Publish($"date: 2026-11-20\nembargo: {embargo}");

        Assert.That((isPublished, reason), Is.EqualTo(published ? (true, (LeftOutReason?)null) : (false, LeftOutReason.Embargoed)));
    }

    [TestCase("2026-11-27T12:00:00Z", false)]
    [TestCase("2026-11-27T13:00:00+01:00", false)]
    [TestCase("2026-11-27 13:00", false)]
    [TestCase("2026-11-27T12:00:00.0000001Z", true)]
    public void A_release_expiring_at_the_very_instant_of_now_is_left_out(string expires, bool published)
    {
        var (isPublished, reason) = Publish($"date: 2026-01-01\nexpires: {expires}");

        Assert.That((isPublished, reason), Is.EqualTo(published ? (true, (LeftOutReason?)null) : (false, LeftOutReason.Expired)));
    }

    [TestCase("2026-11-27T12:00:00Z", true)]
    [TestCase("2026-11-27T12:00:00.0000001Z", false)]
    public void A_release_dated_at_the_very_instant_of_now_is_published(string date, bool published)
    {
        var (isPublished, reason) = Publish($"date: {date}");

        Assert.That((isPublished, reason), Is.EqualTo(published ? (true, (LeftOutReason?)null) : (false, LeftOutReason.Future)));
    }

    [Test]
    public void Future_publishes_embargoed_and_future_releases()
    {
        var embargoed = Publish("date: 2026-11-20\nembargo: 2027-01-01", options => options with { IncludeFuture = true });
        var future = Publish("date: 2027-01-01", options => options with { IncludeFuture = true });

        Assert.That((embargoed.Published, future.Published), Is.EqualTo((true, true)));
    }

    [TestCase("2026-11-27 12:59", false)]
    [TestCase("2026-11-27 13:01", true)]
    public void A_release_past_its_expiry_is_taken_down(string expires, bool published)
    {
        var (isPublished, reason) = Publish($"date: 2026-01-01\nexpires: {expires}");

        Assert.That((isPublished, reason), Is.EqualTo(published ? (true, (LeftOutReason?)null) : (false, LeftOutReason.Expired)));
    }

    [Test]
    public void Future_does_not_bring_back_an_expired_release()
    {
        var (published, reason) = Publish("date: 2026-01-01\nexpires: 2026-06-01", options => options with { IncludeFuture = true });

        Assert.That((published, reason), Is.EqualTo((false, (LeftOutReason?)LeftOutReason.Expired)));
    }

    [Test]
    public void A_draft_is_left_out_unless_drafts_are_asked_for()
    {
        var left = Publish("date: 2026-01-01\ndraft: true");
        var shown = Publish("date: 2026-01-01\ndraft: true", options => options with { IncludeDrafts = true });

        Assert.That((left, shown), Is.EqualTo(((false, (LeftOutReason?)LeftOutReason.Draft), (true, (LeftOutReason?)null))));
    }

    [Test]
    public void A_left_out_release_is_in_no_index_feed_sitemap_or_search_index()
    {
        using var site = TestSite.Create(TestSite.Basics + BerlinSite
            + Release.File("2026/public.md", "title: Public release\ndate: 2026-11-01\npartners: [nec]\ntopics: [ai]")
            + Release.File("2026/secret.md", "title: Embargoed release\ndate: 2026-11-01\nembargo: 2026-11-27 13:01\npartners: [nec]\ntopics: [ai]"));
        site.BuildOk();

        var everyFile = Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(File.ReadAllText);

        Assert.That(everyFile.Where(text => text.Contains("Embargoed release", StringComparison.Ordinal) || text.Contains("/news/2026/secret/", StringComparison.Ordinal)), Is.Empty);
    }
}
