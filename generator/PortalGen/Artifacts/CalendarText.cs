using System.Globalization;

namespace PortalGen.Artifacts;

/// <summary>Dates in iCalendar's forms (RFC 5545, 3.3): UTC date-times and dates; text goes through <see cref="ContentLines.Escape"/>.</summary>
internal static class CalendarText
{
    /// <summary>An instant in UTC (form 2: 20270304T170000Z), which every calendar app reads without a time zone definition.</summary>
    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The day of an instant in its own offset, as a DATE value (20270304).</summary>
    public static string Day(DateTimeOffset instant) =>
        instant.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
