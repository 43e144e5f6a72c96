using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using PortalGen.Diagnostics;
using PortalGen.Model;

namespace PortalGen.Planning;

/// <summary>
/// The theme's stylesheets, scripts and web fonts (the files below assets/ that pages load), published minified
/// under names that hash their content, so a host may cache them for ever and a page names exactly the bytes it was
/// built with. Fonts first, then scripts, then stylesheets, whose <c>url()</c> references name the fonts' new names.
/// </summary>
internal sealed class ThemeAssets
{
    public const string Folder = UrlScheme.AssetsFolder;

    /// <summary>The stylesheet the site's colour (site.yml's brand.accent) is appended to, so its hash covers it.</summary>
    public const string SiteStylesheet = "css/site.css";

    /// <summary>The preview banner's style, published only by a preview build (<c>build --preview-banner</c>).</summary>
    public const string PreviewStylesheet = "css/preview-banner.css";

    private const string PreviewCss = ".portalgen-preview{background:#7a1d00;color:#fff;font:bold 1rem/1.5 system-ui,sans-serif;padding:.5rem 1rem;text-align:center}\n";

    private static readonly string[] FingerprintedExtensions = [".css", ".js", ".woff2", ".woff"];

    private ThemeAssets(FrozenDictionary<string, PublishedAsset> byName) => ByName = byName;

    /// <summary>Each published asset by its name below assets/ (css/site.css).</summary>
    public FrozenDictionary<string, PublishedAsset> ByName { get; }

    public static ThemeAssets None { get; } = new(FrozenDictionary<string, PublishedAsset>.Empty);

    /// <summary>
    /// The theme's assets read, and its stylesheets and scripts minified: this needs nothing of the site's model, so
    /// the pipeline does it beside the modelling (NUglify took 10 ms of one core at every build, the other idle).
    /// </summary>
    /// <param name="files">The static files as the loaders listed them (the theme's assets, content/static).</param>
    /// <param name="preview">Whether the build marks its pages as a preview, whose banner takes its style from a file.</param>
    public static ImmutableArray<MinifiedAsset> Minify(ImmutableArray<StaticFile> files, bool preview, DiagnosticBag diagnostics)
    {
        var sources = files.Where(IsFingerprinted).ToList();
        if (preview)
        {
            sources.Add(new StaticFile(Folder + PreviewStylesheet, "(preview banner)", () => new MemoryStream(Encoding.UTF8.GetBytes(PreviewCss))));
        }

        return [.. sources.Select(file => Minified(file, diagnostics)).OfType<MinifiedAsset>()];
    }

    /// <summary>The files with the theme's assets replaced by their fingerprinted versions, and those versions by name.</summary>
    /// <param name="files">The static files as the loaders listed them (the theme's assets, content/static).</param>
    /// <param name="minified">What <see cref="Minify"/> made of the same files.</param>
    /// <param name="accent">The site's colour, #rrggbb, checked by the settings reader.</param>
    public static (ThemeAssets Assets, ImmutableArray<StaticFile> Files) Publish(ImmutableArray<StaticFile> files, ImmutableArray<MinifiedAsset> minified, string accent)
    {
        var byOutputPath = new Dictionary<string, PublishedAsset>(StringComparer.Ordinal);
        foreach (var asset in minified.OrderBy(asset => Stage(asset.File)).ThenBy(asset => asset.File.OutputPath, StringComparer.Ordinal))
        {
            byOutputPath[asset.File.OutputPath] = Fingerprint(asset.File, Publishable(asset, accent, byOutputPath));
        }

        var replaced = minified.Select(asset => asset.File.OutputPath).ToHashSet(StringComparer.Ordinal);
        var published = minified.Select(asset => byOutputPath[asset.File.OutputPath].AsFile(asset.File.Origin));
        return (
            new ThemeAssets(byOutputPath.Values.ToFrozenDictionary(asset => asset.Name, StringComparer.Ordinal)),
            [.. files.Where(file => !replaced.Contains(file.OutputPath)).Concat(published).OrderBy(file => file.OutputPath, StringComparer.Ordinal)]);
    }

    private static bool IsFingerprinted(StaticFile file) =>
        file.OutputPath.StartsWith(Folder, StringComparison.Ordinal) && FingerprintedExtensions.Any(extension => file.OutputPath.EndsWith(extension, StringComparison.Ordinal));

    /// <summary>Stylesheets last: they name the other files.</summary>
    private static int Stage(StaticFile file) => file.OutputPath.EndsWith(".css", StringComparison.Ordinal) ? 1 : 0;

    /// <returns>Null, with an error, for a file the disk would not give: removed or replaced since it was listed, or unreadable.</returns>
    private static MinifiedAsset? Minified(StaticFile file, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = Read(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.UnreadableFile, SourceSpan.WholeFile(file.Origin), $"cannot read the file: {e.Message}");
            return null;
        }

        return AssetMinifier.CanMinify(file.OutputPath)
            ? new MinifiedAsset(file, bytes, AssetMinifier.Minify(file.OutputPath, Encoding.UTF8.GetString(bytes), file.Origin, diagnostics))
            : new MinifiedAsset(file, bytes, null);
    }

    private static byte[] Publishable(MinifiedAsset asset, string accent, IReadOnlyDictionary<string, PublishedAsset> published)
    {
        if (asset.Text is not { } text)
        {
            return asset.Bytes;
        }

        var path = asset.File.OutputPath;
        if (path.EndsWith(".css", StringComparison.Ordinal))
        {
            text = CssReferences.Rewrite(text, path, published);
        }

        // After the theme's own :root rule, which names a default colour: the later rule wins.
        if (path == Folder + SiteStylesheet)
        {
            text += $"\n:root{{--brand:{accent}}}\n";
        }

        return Encoding.UTF8.GetBytes(text);
    }

    private static PublishedAsset Fingerprint(StaticFile file, byte[] bytes)
    {
        var digest = SHA384.HashData(bytes);
        var dot = file.OutputPath.LastIndexOf('.');
        var hashed = $"{file.OutputPath[..dot]}.{Convert.ToHexStringLower(digest)[..10]}{file.OutputPath[dot..]}";
        return new PublishedAsset(file.OutputPath[Folder.Length..], hashed, "sha384-" + Convert.ToBase64String(digest), bytes);
    }

    private static byte[] Read(StaticFile file)
    {
        using var stream = file.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }
}
