using System.Collections.Concurrent;
using System.Globalization;

namespace PortalGen.Model;

/// <summary>Dates as readers and machines read them, ready for templates to print.</summary>
internal static class DateTexts
{
    /// <summary>
    /// Cultures by language code, found once: CultureInfo.GetCultureInfo takes a lock on every call, and every
    /// release view asks, so rendering threads queued on it.
    /// </summary>
    private static readonly ConcurrentDictionary<string, CultureInfo> Cultures = new(StringComparer.Ordinal);

    /// <summary>The long date of a language: 2 December 2020, 2. Dezember 2020, 2020年12月2日.</summary>
    public static string LongDate(DateTimeOffset date, string language)
    {
        var culture = CultureOf(language);
        var pattern = language.Split('-')[0] switch
        {
            "en" => "d MMMM yyyy",
            "de" => "d. MMMM yyyy",

            // .NET's long Japanese pattern adds the weekday (2020年12月2日水曜日); news dates leave it out.
            "ja" => "yyyy'年'M'月'd'日'",
            _ => culture.DateTimeFormat.LongDatePattern,
        };
        return date.ToString(pattern, culture);
    }

    /// <summary>The culture of a language code, for numbers and dates in its texts.</summary>
    public static CultureInfo CultureOf(string language) => Cultures.GetOrAdd(language, CultureInfo.GetCultureInfo);

    /// <summary>
    /// The whole instant with its offset, 2020-12-02T00:00:00+01:00 for a day given alone (midnight in the site's time
    /// zone): what datetime attributes carry, so a script reading a page's dates reads one form whatever the editor wrote.
    /// </summary>
    public static string Instant(DateTimeOffset date) => date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>For JSON-LD and sitemaps: the day alone when the editor gave no time.</summary>
    public static string Iso(DateTimeOffset date, bool hasTime) =>
        hasTime ? Instant(date) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
