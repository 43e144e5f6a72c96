using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PortalGen.Model;

/// <summary>Makes and checks the URL segment of a release or page.</summary>
internal static partial class Slugs
{
    /// <summary>A readable ASCII slug: German letters transliterated (Tübingen: tuebingen), other accents dropped.</summary>
    public static string FromText(string text)
    {
        var transliterated = new StringBuilder(text.Length);
        // Composed first, so ü typed decomposed (u and U+0308, as from a macOS file name) is transliterated too.
        foreach (var c in text.Normalize(NormalizationForm.FormC).ToLowerInvariant())
        {
            transliterated.Append(c switch
            {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'ß' => "ss",
                _ => c.ToString(),
            });
        }

        // Accents come off Latin letters only: in other scripts a mark is part of the letter (the voicing mark
        // that makes タ into ダ), so those stay, and the slug keeps them as Unicode letters (an IRI).
        var withoutAccents = new StringBuilder();
        var lastLetter = ' ';
        foreach (var c in transliterated.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                lastLetter = c;
                withoutAccents.Append(c);
            }
            else if (!IsLatin(lastLetter))
            {
                withoutAccents.Append(c);
            }
        }

        return NotSlug().Replace(withoutAccents.ToString().Normalize(NormalizationForm.FormC), "-").Trim('-');
    }

    /// <summary>
    /// An explicit slug is one path segment of lowercase letters, digits and hyphens; no dots, slashes
    /// or spaces, so it can never step out of its folder or clash by case on case-insensitive hosts.
    /// </summary>
    public static bool IsValid(string slug) => ValidSlug().IsMatch(slug);

    /// <summary>
    /// The rule a release's URL segment meets in a build (valid, and not a device name): <c>portalgen new</c> asks it
    /// too, so it never writes a file the build then refuses.
    /// </summary>
    public static bool IsUsable(string slug) => IsValid(slug) && !IsDeviceName(slug);

    /// <summary>What is wrong with a slug that <see cref="IsDeviceName"/>, after its name.</summary>
    public const string DeviceNameProblem = "is a device name on Windows, where the site could not be written";

    /// <summary>
    /// Windows opens a device, not a folder, for these names (with any extension), so a site with
    /// /news/2020/con/ could not be written or copied there.
    /// </summary>
    public static bool IsDeviceName(string slug) => DeviceName().IsMatch(slug);

    [GeneratedRegex(@"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$", RegexOptions.IgnoreCase)]
    private static partial Regex DeviceName();

    /// <summary>Basic Latin to Latin Extended-B, plus Latin Extended Additional (ạ, ế): the letters whose accents are dropped.</summary>
    private static bool IsLatin(char c) => c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF';

    [GeneratedRegex(@"[^\p{Ll}\p{Lo}\p{Lm}\p{Mn}\p{Mc}\p{Nd}]+")]
    private static partial Regex NotSlug();

    [GeneratedRegex(FrontMatterRules.SlugPattern)]
    private static partial Regex ValidSlug();
}
