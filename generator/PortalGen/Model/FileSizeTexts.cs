namespace PortalGen.Model;

/// <summary>A file's size as readers read it, in decimal units as operating systems show downloads: 2.4 MB, 2,4 MB, 880 kB.</summary>
internal static class FileSizeTexts
{
    private static readonly string[] Units = ["kB", "MB", "GB", "TB"];

    public static string Of(long bytes, string language)
    {
        var culture = DateTexts.CultureOf(language);
        if (bytes < 1000)
        {
            return bytes.ToString(culture) + " B";
        }

        var value = bytes / 1000.0;
        var unit = 0;
        while (value >= 999.95 && unit < Units.Length - 1)
        {
            value /= 1000;
            unit++;
        }

        // One decimal below ten, where it tells sizes apart; whole units above.
        return value.ToString(value < 9.95 ? "0.0" : "0", culture) + " " + Units[unit];
    }
}
