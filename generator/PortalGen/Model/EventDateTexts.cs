using System.Globalization;

namespace PortalGen.Model;

/// <summary>When an event takes place, as readers of a language read it: 4 March 2027, 18:00–20:00.</summary>
internal static class EventDateTexts
{
    /// <summary>
    /// The days in the language's long form (<see cref="DateTexts.LongDate"/>) and the times of day as the editor wrote
    /// them, in the start's offset: the time at the venue.
    /// </summary>
    public static string When(ReleaseEvent announced, string language)
    {
        var start = announced.Start;
        if (announced.AllDay)
        {
            var lastDay = announced.End.AddDays(-1);
            return lastDay.Date == start.Date
                ? DateTexts.LongDate(start, language)
                : DateTexts.LongDate(start, language) + " – " + DateTexts.LongDate(lastDay, language);
        }

        var end = announced.End.ToOffset(start.Offset);
        var startText = DateTexts.LongDate(start, language) + ", " + Time(start);
        if (end == start)
        {
            return startText;
        }

        return end.Date == start.Date
            ? startText + "–" + Time(end)
            : startText + " – " + DateTexts.LongDate(end, language) + ", " + Time(end);
    }

    private static string Time(DateTimeOffset instant) => instant.ToString("HH:mm", CultureInfo.InvariantCulture);
}
