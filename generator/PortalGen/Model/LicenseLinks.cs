using System.Text.RegularExpressions;

namespace PortalGen.Model;

/// <summary>
/// A licence as editors write it (an SPDX id such as CC-BY-4.0, or a URL) turned into the URL schema.org and
/// readers follow, and into the name a caption shows.
/// </summary>
internal static partial class LicenseLinks
{
    public static string Url(string license)
    {
        var written = license.Trim();
        if (written.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || written.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return written;
        }

        var id = written.ToUpperInvariant();
        if (id == "CC0-1.0")
        {
            return "https://creativecommons.org/publicdomain/zero/1.0/";
        }

        // CC-BY-4.0, CC-BY-SA-4.0, CC-BY-NC-ND-4.0...: Creative Commons' own deed rather than SPDX's copy of the text.
        var parts = id.Split('-');
        return parts.Length >= 3 && parts[0] == "CC" && parts[1] == "BY"
            ? $"https://creativecommons.org/licenses/{string.Join('-', parts[1..^1]).ToLowerInvariant()}/{parts[^1]}/"
            : $"https://spdx.org/licenses/{Uri.EscapeDataString(written)}.html";
    }

    /// <summary>"CC BY 4.0", as Creative Commons asks attributions to write it, for its ids and deed URLs; anything else as written.</summary>
    public static string Label(string license)
    {
        var written = license.Trim();
        if (CreativeCommonsDeed().Match(written) is { Success: true } deed)
        {
            return $"CC {deed.Groups[1].Value.ToUpperInvariant()} {deed.Groups[2].Value}";
        }

        var parts = written.ToUpperInvariant().Split('-');
        return parts switch
        {
            ["CC0", var version] => $"CC0 {version}",
            ["CC", "BY", .., var version] => $"CC {string.Join('-', parts[1..^1])} {version}",
            _ => written,
        };
    }

    [GeneratedRegex(@"^https?://creativecommons\.org/licenses/([a-z-]+)/([0-9.]+)/?$", RegexOptions.IgnoreCase)]
    private static partial Regex CreativeCommonsDeed();
}
