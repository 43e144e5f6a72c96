using System.Buffers;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using PortalGen.Imaging;
using PortalGen.Model;
using PortalGen.Theme;
using SkiaSharp;

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

    private static readonly Lazy<CardFonts> Fonts = new(ReadFonts);

    public static IEnumerable<StaticFile> Assets() => ResourceNames
        .Select(resource => (resource, name: resource[Prefix.Length..].Replace('\\', '/')))
        .Where(entry => SiteSourceLoader.IsAssetPath(entry.name))
        .Select(entry => new StaticFile(entry.name, DisplayPrefix + entry.name, () => Assembly.GetManifestResourceStream(entry.resource)!));

    private static ImmutableSortedDictionary<string, SourceFile> TextsOf(Func<string, bool> include) => ResourceNames
        .Select(resource => resource[Prefix.Length..].Replace('\\', '/'))
        .Where(include)
        .ToImmutableSortedDictionary(name => name, name => new SourceFile(name, DisplayPrefix + name, ReadText(Prefix + name)), StringComparer.Ordinal);

    private static CardFonts ReadFonts()
    {
        using var latinRegular = SkiaBytes("fonts/NotoSans-Regular.subset.ttf");
        using var latinBold = SkiaBytes("fonts/NotoSans-Bold.subset.ttf");
        using var cjkRegular = SkiaBytes("fonts/NotoSansCJKjp-Regular.subset.otf");
        using var cjkBold = SkiaBytes("fonts/NotoSansCJKjp-Bold.subset.otf");
        return new CardFonts(latinRegular, latinBold, cjkRegular, cjkBold);
    }

    /// <summary>
    /// A resource copied into Skia's memory through one small pooled buffer. The Japanese fonts are 0.7 MB each: read
    /// into a growing MemoryStream they were 5.5 MB of large-object garbage, which set off a full collection of the
    /// parsed site at every build (1,000 releases: 20-30 ms with the other core waiting).
    /// </summary>
    private static SKData SkiaBytes(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name) ?? throw new InvalidOperationException($"the theme has no {name}");
        var data = SKData.Create(stream.Length);
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            for (var offset = 0L; offset < stream.Length; offset += chunk.Length)
            {
                var length = (int)Math.Min(chunk.Length, stream.Length - offset);
                stream.ReadExactly(chunk, 0, length);
                Marshal.Copy(chunk, 0, data.Data + (nint)offset, length);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return data;
    }

    private static string ReadText(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return TextDecoder.NormalizeLineEnds(reader.ReadToEnd());
    }
}
