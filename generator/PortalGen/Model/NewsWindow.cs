namespace PortalGen.Model;

/// <summary>
/// Google News takes articles published in the last two days: news-sitemap.xml lists a release from its date
/// until 48 hours later, and leaves it out from that instant on (as <c>expires</c> does: equal to now is out).
/// </summary>
internal static class NewsWindow
{
    public static readonly TimeSpan Length = TimeSpan.FromHours(48);

    /// <summary>The instant a release dated <paramref name="published"/> leaves the news sitemap.</summary>
    public static DateTimeOffset LeavesAt(DateTimeOffset published) => published + Length;

    public static bool Contains(DateTimeOffset published, DateTimeOffset now) => published <= now && now < LeavesAt(published);
}
