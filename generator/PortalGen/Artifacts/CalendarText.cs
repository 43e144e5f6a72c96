using System.Globalization;
using System.Text;

namespace PortalGen.Artifacts;

/// <summary>Values in iCalendar's forms (RFC 5545, 3.3): escaped text, UTC date-times and dates.</summary>
internal static class CalendarText
{
    /// <summary>
    /// A TEXT value: backslash, semicolon and comma escaped, every line break as \n. Other control characters are
    /// not allowed in a content line and are left out.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or ';' or ',':
                    escaped.Append('\\').Append(c);
                    break;
                case '\r' when i + 1 < text.Length && text[i + 1] == '\n':
                    break;
                case '\r' or '\n':
                    escaped.Append("\\n");
                    break;
                case < ' ' or '\u007f' when c != '\t':
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>An instant in UTC (form 2: 20270304T170000Z), which every calendar app reads without a time zone definition.</summary>
    public static string Utc(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The day of an instant in its own offset, as a DATE value (20270304).</summary>
    public static string Day(DateTimeOffset instant) =>
        instant.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
}
