using System.Text;
using PortalGen.Model;

namespace PortalGen.Modeling;

/// <summary>
/// The CREDITS.txt of a press kit: the release and, for each file, its caption, credit and licence with its URL, so
/// whoever reuses a file finds its terms beside it. Plain text: an editor's line breaks become spaces, so no text
/// can pass for another file's entry.
/// </summary>
internal static class PressKitCredits
{
    public const string FileName = "CREDITS.txt";

    public static byte[] Of(Release release, string permalink, IEnumerable<Download> downloads)
    {
        var text = new StringBuilder();
        text.Append(OneLine(release.Title)).Append('\n').Append(permalink).Append('\n');
        foreach (var download in downloads)
        {
            text.Append('\n').Append(download.Name).Append('\n');
            Line(text, "Caption", download.Caption);
            Line(text, "Credit", download.Credit.Credit);
            Line(text, "Licence", download.Credit.License is { } license ? $"{LicenseLinks.Label(license)} ({LicenseLinks.Url(license)})" : null);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static void Line(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append("  ").Append(label).Append(": ").Append(OneLine(value)).Append('\n');
        }
    }

    private static string OneLine(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
