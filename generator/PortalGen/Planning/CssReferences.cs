using System.Text.RegularExpressions;
using PortalGen.Parsing.ContentLinks;

namespace PortalGen.Planning;

/// <summary>
/// Points a stylesheet's <c>url(…)</c> references at the fingerprinted names of the files they name (the theme's
/// fonts), so the stylesheet's own hash changes when a font does and every font can be cached for ever.
/// </summary>
internal static partial class CssReferences
{
    /// <param name="css">The stylesheet's text.</param>
    /// <param name="outputPath">Where the stylesheet is published (assets/css/site.css): its references are relative to it.</param>
    /// <param name="published">The fingerprinted files by their plain output path (assets/fonts/x.woff2).</param>
    public static string Rewrite(string css, string outputPath, IReadOnlyDictionary<string, PublishedAsset> published) =>
        UrlReference().Replace(css, match =>
        {
            var reference = match.Groups["ref"].Value;
            if (reference.Contains(':', StringComparison.Ordinal) || reference.StartsWith('/') || ContentPaths.Resolve(outputPath, reference.Split('?', '#')[0]) is not { } target
                || !published.TryGetValue(target, out var asset))
            {
                return match.Value;
            }

            // Only the file name changes: the fingerprinted file lives in the same folder as the plain one.
            var fileName = asset.OutputPath[(asset.OutputPath.LastIndexOf('/') + 1)..];
            return $"url({reference[..(reference.LastIndexOf('/') + 1)]}{fileName})";
        });

    [GeneratedRegex("""url\(\s*(?<quote>["']?)(?<ref>[^"')]+)\k<quote>\s*\)""")]
    private static partial Regex UrlReference();
}
