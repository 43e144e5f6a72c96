using System.Globalization;
using PortalGen.Model;

namespace PortalGen.Artifacts;

/// <summary>Instants as feeds write them, in each release's own offset and whatever the site's language.</summary>
internal static class FeedDates
{
    /// <summary>RFC 3339, as Atom and JSON Feed ask: 2020-12-02T09:00:00+01:00.</summary>
    public static string Rfc3339(DateTimeOffset instant) => DateTexts.Instant(instant);

    /// <summary>RFC 822 as RSS 2.0 asks (with a four-digit year), in English: Wed, 02 Dec 2020 09:00:00 +0100.</summary>
    public static string Rfc822(DateTimeOffset instant)
    {
        var offset = instant.Offset;
        return instant.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture)
            + (offset < TimeSpan.Zero ? "-" : "+")
            + Math.Abs(offset.Hours).ToString("00", CultureInfo.InvariantCulture)
            + Math.Abs(offset.Minutes).ToString("00", CultureInfo.InvariantCulture);
    }
}
