using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using PortalGen.Model;

namespace PortalGen.Loading;

/// <summary>
/// The default theme compiled into the library from the repository's templates/ folder, so the tool
/// works with no templates of a site's own and a site overrides it one file at a time.
/// </summary>
internal static class EmbeddedTheme
{
    private const string Prefix = "theme/";

    /// <summary>How theme files are named in messages, so an editor can tell them from the site's own.</summary>
    public const string DisplayPrefix = "(default theme)/";

    private static readonly Assembly Assembly = typeof(EmbeddedTheme).Assembly;

    private static readonly ImmutableArray<string> ResourceNames =
        [.. Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>Theme templates by name (layouts/base.html), decoded once.</summary>
    public static readonly ImmutableSortedDictionary<string, SourceFile> Templates = TextsOf(SiteSourceLoader.IsTemplatePath);

    /// <summary>The theme's words by file name (i18n/en.yml), decoded once.</summary>
    public static readonly ImmutableSortedDictionary<string, SourceFile> TextFiles = TextsOf(SiteSourceLoader.IsTextsPath);

    public static IEnumerable<StaticFile> Assets() => ResourceNames
        .Select(resource => (resource, name: resource[Prefix.Length..].Replace('\\', '/')))
        .Where(entry => SiteSourceLoader.IsAssetPath(entry.name))
        .Select(entry => new StaticFile(entry.name, DisplayPrefix + entry.name, () => Assembly.GetManifestResourceStream(entry.resource)!));

    private static ImmutableSortedDictionary<string, SourceFile> TextsOf(Func<string, bool> include) => ResourceNames
        .Select(resource => resource[Prefix.Length..].Replace('\\', '/'))
        .Where(include)
        .ToImmutableSortedDictionary(name => name, name => new SourceFile(name, DisplayPrefix + name, ReadText(Prefix + name)), StringComparer.Ordinal);

    private static string ReadText(string resource)
    {
        using var stream = Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return TextDecoder.NormalizeLineEnds(reader.ReadToEnd());
    }
}
