using System.Globalization;

namespace PortalGen.Corpus;

/// <summary>
/// The whole archive: N releases at distinct times on working hours between 2005 and October 2026, oldest first,
/// each partner and each topic named at least once (when N allows). A release alone on its day has a plain date
/// now and then, the others a time with the offset of central European (summer) time.
/// </summary>
internal static class CorpusComposer
{
    /// <summary>The seed of the corpus the README's figures were measured on.</summary>
    public const ulong DefaultSeed = 20201202;

    private static readonly DateOnly First = new(2005, 1, 1);
    private static readonly DateOnly Last = new(2026, 10, 31);
    private const int OpeningMinute = 8 * 60;
    private const int ClosingMinute = 18 * 60;

    /// <summary>Half the distinct (day, minute) times there are, so that drawing distinct ones never drags on.</summary>
    public static readonly int MostReleases = (Last.DayNumber - First.DayNumber + 1) * (ClosingMinute - OpeningMinute) / 2;

    public static IReadOnlyList<Release> Compose(int count, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, MostReleases);
        var random = new CorpusRandom(seed);
        var composer = new ReleaseComposer(random);
        var times = Times(count, random);
        var releasesOfDay = times.CountBy(time => time.Day).ToDictionary();
        var order = random.Shuffled([.. Enumerable.Range(0, count)]);
        var requiredPartner = Partner.All.Take(count).Select((partner, i) => (order[i], partner.Id)).ToDictionary();
        var requiredTopic = Topic.All.Take(count).Select((topic, i) => (order[count - 1 - i], topic.Id)).ToDictionary();
        var releases = new List<Release>(count);
        for (var i = 0; i < count; i++)
        {
            var (day, minute) = times[i];
            var time = new DateTimeOffset(day.ToDateTime(new TimeOnly(minute / 60, minute % 60)), TimeSpan.FromHours(day.Month is >= 4 and <= 10 ? 2 : 1));
            var earlier = releases.Count > 0 ? releases[random.Below(releases.Count)] : null;
            var plainDate = releasesOfDay[day] == 1 && random.Chance(30);
            var date = plainDate ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            releases.Add(composer.Compose(time, date, requiredPartner.GetValueOrDefault(i), requiredTopic.GetValueOrDefault(i), earlier));
        }

        return releases;
    }

    private static List<(DateOnly Day, int Minute)> Times(int count, CorpusRandom random)
    {
        var days = Last.DayNumber - First.DayNumber + 1;
        var times = new HashSet<(DateOnly Day, int Minute)>();
        while (times.Count < count)
        {
            times.Add((First.AddDays(random.Below(days)), random.Between(OpeningMinute, ClosingMinute - 1)));
        }

        return [.. times.Order()];
    }
}
