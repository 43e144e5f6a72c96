using System.Collections.Frozen;
using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>
/// Reads the theme's words, templates/i18n/LANG.yml (flat <c>key: text</c> lines), from the default theme and the
/// site's own templates/i18n/, key by key: a site changes or adds one text without copying the rest.
/// </summary>
internal static class UiTextsReader
{
    public const string Folder = SiteSourceLoader.TextsFolder;

    /// <summary>The language whose theme file holds every key: the last fallback of every language.</summary>
    public const string ThemeLanguage = "en";

    /// <summary>The texts of each of the site's languages, by language code.</summary>
    public static FrozenDictionary<string, UiTexts> Read(ImmutableArray<SourceFile> siteFiles, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var themeFiles = EmbeddedTheme.TextFiles;
        var siteByName = siteFiles.ToDictionary(f => f.RelativePath, StringComparer.Ordinal);
        Dictionary<string, string> Layer(string language, Dictionary<string, string> under)
        {
            var texts = new Dictionary<string, string>(under, StringComparer.Ordinal);
            var name = $"{Folder}{language}.yml";
            foreach (var file in new[] { themeFiles.GetValueOrDefault(name), siteByName.GetValueOrDefault(name) }.OfType<SourceFile>())
            {
                foreach (var (key, text) in ReadFile(file, diagnostics))
                {
                    texts[key] = text;
                }
            }

            return texts;
        }

        var english = Layer(ThemeLanguage, []);
        var defaults = settings.DefaultLanguage == ThemeLanguage ? english : Layer(settings.DefaultLanguage, english);
        var byLanguage = new Dictionary<string, UiTexts>(StringComparer.Ordinal);
        foreach (var language in settings.Languages.Select(l => l.Code))
        {
            var name = $"{Folder}{language}.yml";
            if (settings.IsMultilingual && !themeFiles.ContainsKey(name) && !siteByName.ContainsKey(name))
            {
                diagnostics.Warning(
                    DiagnosticCodes.UiTexts,
                    SourceSpan.WholeFile($"templates/{name}"),
                    $"the theme has no texts in '{language}'; its pages show the words of '{settings.DefaultLanguage}'",
                    $"add templates/{name} with the keys of the theme's {ThemeLanguage}.yml");
            }

            var texts = language == settings.DefaultLanguage ? defaults : Layer(language, defaults);
            byLanguage[language] = new UiTexts(language, texts);
        }

        return byLanguage.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static IEnumerable<KeyValuePair<string, string>> ReadFile(SourceFile file, DiagnosticBag diagnostics)
    {
        var root = YamlDocumentLoader.Load(file.Text, file.DisplayPath, 0, diagnostics);
        var fields = new YamlFieldReader(file.DisplayPath, 0, diagnostics);
        if (root is null || YamlFieldReader.IsNull(root) || fields.AsMapping(root, file.RelativePath) is not { } mapping)
        {
            yield break;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (fields.ReadText(value, key) is { } text)
            {
                yield return KeyValuePair.Create(key, text.Value);
            }
        }
    }
}
