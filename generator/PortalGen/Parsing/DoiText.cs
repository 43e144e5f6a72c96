using System.Text.RegularExpressions;

namespace PortalGen.Parsing;

/// <summary>A DOI as editors paste it: bare (10.1000/xyz), with doi:, or as a doi.org link; kept as the bare form.</summary>
internal static partial class DoiText
{
    public const string Hint = "write it as 10.1234/abc.5678 or https://doi.org/10.1234/abc.5678";

    private static readonly string[] Prefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:"];

    /// <summary>The bare DOI, or null when the text is no DOI.</summary>
    public static string? Normalise(string text)
    {
        var doi = text.Trim();
        foreach (var prefix in Prefixes)
        {
            if (doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                doi = doi[prefix.Length..];
                break;
            }
        }

        return DoiPattern().IsMatch(doi) ? doi : null;
    }

    // The registrant code is "10." and four or more digits (dotted sub-codes allowed); the suffix any printable text without spaces.
    [GeneratedRegex(@"^10\.[0-9]{4,9}(?:\.[0-9]+)*/[!-~]+$")]
    private static partial Regex DoiPattern();
}
