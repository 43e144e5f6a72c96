using PortalGen.Tests.Support;

namespace PortalGen.Tests.Building;

/// <summary>A date's zone may be written with or without its colon; an offset no place on earth has is a mistake.</summary>
public sealed class DateZoneTests
{
    private static TestSite Create(string date) => TestSite.Create(TestSite.Basics + $"""
        -- content/news/2020/x.md --
        ---
        title: Zoned
        date: {date}
        ---
        Body.
        """);

    [TestCase("2020-12-02T09:00:00+0130")]
    [TestCase("2020-12-02T09:00:00+01:30")]
    public void A_zone_with_or_without_its_colon_is_read(string date)
    {
        using var site = Create(date);
        site.BuildOk();

        Assert.That(site.Html("news/2020/x/index.html").QuerySelector("time")!.GetAttribute("datetime"), Is.EqualTo("2020-12-02T09:00:00+01:30"));
    }

    [TestCase("2020-12-02T09:00:00+15:00")]
    [TestCase("2020-12-02T09:00:00-0060")]
    public void A_zone_beyond_the_offsets_on_earth_is_not_a_valid_date(string date)
    {
        using var site = Create(date);
        var result = site.Build();

        Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
        {
            $"content/news/2020/x.md:3:7: error: 'date' is not a valid date: '{date}' (write dates as 2020-12-02 or 2020-12-02T09:00:00+01:00)",
        }));
    }
}
