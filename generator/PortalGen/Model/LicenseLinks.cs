namespace PortalGen.Model;

/// <summary>A licence as editors write it (an SPDX id such as CC-BY-4.0, or a URL) turned into the URL schema.org and readers follow.</summary>
internal static class LicenseLinks
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
}
