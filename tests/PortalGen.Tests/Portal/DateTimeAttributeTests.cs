using System.Globalization;
using PortalGen.Tests.Languages;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Portal;

/// <summary>
/// A time element's datetime is one form on every page, a whole instant with its offset, whether the editor wrote
/// a day (2020-12-02: midnight in the site's time zone, in winter and in summer) or a time with its zone.
/// </summary>
public sealed class DateTimeAttributeTests() : BuiltSiteTests(ThreeLanguages.Site("timezone: Europe/Berlin") + """
    -- content/news/2022/launch.md --
    ---
    title: Launch
    date: 2022-07-01T09:30:00Z
    partners: [nec]
    topics: [ai]
    ---
    Launched.

    """)
{
    [TestCase("index.html")]
    [TestCase("news/2020/mou/index.html")]
    [TestCase("partners/nec/index.html")]
    [TestCase("topics/ai/index.html")]
    [TestCase("news/2022/index.html")]
    [TestCase("de/index.html")]
    [TestCase("de/news/2020/mou/index.html")]
    [TestCase("ja/topics/ai/index.html")]
    public void Each_kind_of_page_dates_its_releases_with_whole_instants(string page)
    {
        var datetimes = DatetimesOn(page);

        Assert.That(datetimes, Is.Not.Empty);
        Assert.That(datetimes, Has.All.Matches<string>(IsInstant));
    }

    [Test]
    public void No_page_of_any_language_holds_a_datetime_of_another_form()
    {
        var others = Built.OutputPaths
            .Where(path => path.EndsWith(".html", StringComparison.Ordinal))
            .SelectMany(page => DatetimesOn(page).Where(datetime => !IsInstant(datetime)).Select(datetime => $"{page}: {datetime}"));

        Assert.That(others, Is.Empty);
    }

    [Test]
    public void A_day_alone_is_midnight_in_the_sites_time_zone_and_a_time_keeps_the_zone_it_was_written_in()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ReleaseDatetimeOn("news/2020/mou/index.html"), Is.EqualTo("2020-12-02T00:00:00+01:00"));
            Assert.That(ReleaseDatetimeOn("de/news/2021/tuebingen-labor/index.html"), Is.EqualTo("2021-03-01T00:00:00+01:00"));
            Assert.That(ReleaseDatetimeOn("news/2022/launch/index.html"), Is.EqualTo("2022-07-01T09:30:00+00:00"));
            Assert.That(DatetimesOn("news/2022/index.html"), Is.EqualTo(new[] { "2022-07-01T09:30:00+00:00", "2022-05-10T00:00:00+02:00" }), "summer time");
            Assert.That(DatetimesOn("index.html"), Is.EqualTo(new[] { "2022-07-01T09:30:00+00:00", "2022-05-10T00:00:00+02:00", "2020-12-02T00:00:00+01:00" }));
        });
    }

    [Test]
    public void The_search_index_gives_the_search_page_the_same_instants()
    {
        Assert.That(Built.SearchIndexReleases().Select(release => release.GetProperty("iso").GetString()), Is.EqualTo(new[]
        {
            "2022-07-01T09:30:00+00:00", "2022-05-10T00:00:00+02:00", "2020-12-02T00:00:00+01:00",
        }));
    }

    private string[] DatetimesOn(string page) =>
        [.. Built.Html(page).QuerySelectorAll("time[datetime]").Select(time => time.GetAttribute("datetime")!)];

    private string? ReleaseDatetimeOn(string page) => Built.Html(page).QuerySelector(".release__meta time")?.GetAttribute("datetime");

    private static bool IsInstant(string datetime) =>
        DateTimeOffset.TryParseExact(datetime, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
