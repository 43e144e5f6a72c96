using System.Globalization;
using System.Text.RegularExpressions;
using PortalGen.Model;

namespace PortalGen.Parsing;

/// <summary>
/// Reads the date forms editors write (2020-12-02, 2020-12-02T09:00:00+01:00, '2016-03-29T13:00:00.000Z',
/// 2020-12-02 09:00). A date without a zone is in the site's time zone, as in Hugo with timeZone set.
/// </summary>
internal static partial class PublishDateParser
{
    public const string Hint = "write dates as 2020-12-02 or 2020-12-02T09:00:00+01:00";

    /// <returns>
    /// The date, or null when the text is no date or (<paramref name="outOfRange"/> true) a date whose year lies outside
    /// <see cref="PublishDateRange"/>.
    /// </returns>
    public static PublishDate? Parse(string text, TimeZoneInfo siteZone, out bool outOfRange)
    {
        outOfRange = false;
        var match = DatePattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var year = Number(match, "year");
        if (!PublishDateRange.Contains(year))
        {
            // Checked before the offset is applied: at year 1 or 9999 it would leave DateTimeOffset's range and throw.
            outOfRange = true;
            return null;
        }

        var month = Number(match, "month");
        var day = Number(match, "day");
        var hasTime = match.Groups["hour"].Success;
        var hour = hasTime ? Number(match, "hour") : 0;
        var minute = hasTime ? Number(match, "minute") : 0;
        var second = match.Groups["second"].Success ? Number(match, "second") : 0;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        var ticks = match.Groups["fraction"].Success
            ? long.Parse(match.Groups["fraction"].Value.PadRight(7, '0')[..7], CultureInfo.InvariantCulture)
            : 0;
        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(ticks);
        var offset = match.Groups["zone"].Success ? ParseZone(match.Groups["zone"].ValueSpan) : siteZone.GetUtcOffset(local);
        return offset is { } known ? new PublishDate(new DateTimeOffset(local, known), hasTime) : null;
    }

    private static TimeSpan? ParseZone(ReadOnlySpan<char> zone)
    {
        if (zone is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        // +01:00 or +0100: the hours are the two digits after the sign, the minutes the last two.
        var sign = zone[0] == '-' ? -1 : 1;
        var hours = int.Parse(zone[1..3], CultureInfo.InvariantCulture);
        var minutes = int.Parse(zone[^2..], CultureInfo.InvariantCulture);
        return hours > 14 || minutes > 59 ? null : sign * new TimeSpan(hours, minutes, 0);
    }

    /// <summary>Read where it stands in the text: a substring for each part of every date was some 300 bytes per release.</summary>
    private static int Number(Match match, string group) =>
        int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    [GeneratedRegex(FrontMatterRules.DatePattern)]
    private static partial Regex DatePattern();
}
