namespace PortalGen.Parsing;

/// <summary>
/// The years a date may have, wherever an editor writes one (date, lastmod, embargo, expires, <c>portalgen new --date</c>).
/// Outside them a date is a typo (year 1 would publish at /news/1/), and near the ends of <see cref="DateTimeOffset"/>'s
/// range a zone's offset would carry the instant past them: the range is checked on the date as written, before any offset.
/// </summary>
public static class PublishDateRange
{
    public const int FirstYear = 1900;

    public const int LastYear = 2200;

    public const string Hint = "check the year for a typo";

    public static bool Contains(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>What the error says, after what the date was given for ("'date'", "--date").</summary>
    public static string Message(string what, string text) =>
        $"{what} must be a date between the years {FirstYear} and {LastYear}, found '{text}'";
}
