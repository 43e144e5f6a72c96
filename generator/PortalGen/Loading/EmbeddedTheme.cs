using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using PortalGen.Imaging;
using PortalGen.Model;
using PortalGen.Theme;

namespace PortalGen.Loading;

/// <summary>
/// The default theme, the repository's templates/ folder compiled into the PortalGen.Theme assembly, so the tool
/// works with no templates of a site's own and a site overrides it one file at a time.
/// </summary>
internal static class EmbeddedTheme
{
    private const string Prefix = "theme/";

    /// <summary>How theme files are named in messages, so an editor can tell them from the site's own.</summary>
    public const string DisplayPrefix = "(default theme)/";

    private static readonly Assembly Assembly = typeof(ThemeAssembly).Assembly;

    private static readonly ImmutableArray<string> ResourceNames =
        [.. Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>Theme templates by name (layouts/base.html), decoded once.</summary>
    public static readonly ImmutableSortedDictionary<string, SourceFile> Templates = TextsOf(SiteSourceLoader.IsTemplatePath);

    /// <summary>The theme's words by file name (i18n/en.yml), decoded once.</summary>
    public static readonly ImmutableSortedDictionary<string, SourceFile> TextFiles = TextsOf(SiteSourceLoader.IsTextsPath);

    /// <summary>
    /// The social card's fonts, read once when the first card is planned: subsets of Noto Sans and Noto Sans CJK JP
    /// (templates/fonts/README.md says which characters they hold and how to remake them).
    /// </summary>
    public static CardFonts CardFonts => Fonts.Value;

    private static readonly Lazy<CardFonts> Fonts = new(() => new CardFonts(
        Bytes("fonts/NotoSans-Regular.subset.ttf"),
        Bytes("fonts/NotoSans-Bold.subset.ttf"),
        Bytes("fonts/NotoSansCJKjp-Regular.subset.otf"),
        Bytes("fonts/NotoSansCJKjp-Bold.subset.otf")));

    public static IEnumerable<StaticFile> Assets() => ResourceNames
        .Select(resource => (resource, name: resource[Prefix.Length..].Replace('\\', '/')))
        .Where(entry => SiteSourceLoader.IsAssetPath(entry.name))
        .Select(entry => new StaticFile(entry.name, DisplayPrefix + entry.name, () => Assembly.GetManifestResourceStream(entry.resource)!));

    private static ImmutableSortedDictionary<string, SourceFile> TextsOf(Func<string, bool> include) => ResourceNames
        .Select(resource => resource[Prefix.Length..].Replace('\\', '/'))
        .Where(include)
        .ToImmutableSortedDictionary(name => name, name => new SourceFile(name, DisplayPrefix + name, ReadText(Prefix + name)), StringComparer.Ordinal);

    private static byte[] Bytes(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name) ?? throw new InvalidOperationException($"the theme has no {name}");
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        return bytes.ToArray();
    }

    private static string ReadText(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return TextDecoder.NormalizeLineEnds(reader.ReadToEnd());
    }
}
