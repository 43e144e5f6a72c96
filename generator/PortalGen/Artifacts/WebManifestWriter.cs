using System.Buffers;
using System.Globalization;
using PortalGen.Model;
using PortalGen.Planning;

namespace PortalGen.Artifacts;

/// <summary>
/// Writes site.webmanifest: what a phone shows when the site is added to its home screen (the name, the two icons of
/// the favicon set, the brand's colour for its bar). Paths include the site's base path, so a site under /news/
/// starts there.
/// </summary>
internal static class WebManifestWriter
{
    /// <summary>Longer names are cut by home screens: a short name is the title's first words that fit.</summary>
    private const int ShortNameLength = 12;

    public static void Write(Site site, IBufferWriter<byte> output) => JsonArtifact.Write(output, json =>
    {
        var home = site.Urls.AssetHref("/", UrlScheme.Home);
        json.WriteStartObject();
        json.WriteString("name", site.Settings.Title);
        json.WriteString("short_name", ShortName(site.Settings.Title));
        json.WriteString("start_url", home);
        json.WriteString("scope", home);
        json.WriteString("display", "standalone");
        json.WriteString("theme_color", site.Settings.Accent);
        json.WriteString("background_color", "#ffffff");
        json.WriteStartArray("icons");
        foreach (var size in FaviconFiles.AppIconSizes)
        {
            json.WriteStartObject();
            json.WriteString("src", site.Urls.AssetHref("/" + UrlScheme.AppIcon(size), UrlScheme.Home));
            json.WriteString("sizes", string.Create(CultureInfo.InvariantCulture, $"{size}x{size}"));
            json.WriteString("type", "image/png");
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static string ShortName(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var name = words.Length == 0 ? title : words[0];
        foreach (var word in words.Skip(1))
        {
            if (name.Length + 1 + word.Length > ShortNameLength)
            {
                break;
            }

            name += " " + word;
        }

        return name;
    }
}
