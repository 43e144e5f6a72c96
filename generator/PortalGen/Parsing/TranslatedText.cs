using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>
/// A registry text that may be written once (<c>name: University of Stuttgart</c>) or per language
/// (<c>name: {en: University of Stuttgart, de: Universität Stuttgart}</c>).
/// </summary>
/// <param name="Default">The text in the default language, or null when the entry has none.</param>
/// <param name="ByLanguage">The texts of the other languages that were written.</param>
internal sealed record TranslatedText(string? Default, ImmutableSortedDictionary<string, string> ByLanguage)
{
    private static readonly ImmutableSortedDictionary<string, string> None = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    public static readonly TranslatedText Missing = new(null, None);

    public string? In(string language) => ByLanguage.TryGetValue(language, out var text) ? text : Default;

    public static TranslatedText Read(YamlMappingNode entry, YamlFieldReader fields, string key, SiteSettings? settings)
    {
        if (!entry.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            return Missing;
        }

        if (value is not YamlMappingNode map || settings is null)
        {
            return new TranslatedText(fields.ReadText(value, key)?.Value.Trim(), None);
        }

        var texts = None.ToBuilder();
        foreach (var (languageNode, textNode) in map.Children)
        {
            if (fields.ReadText(languageNode, key) is not { } language || fields.ReadText(textNode, $"{key}.{language.Value}") is not { } text)
            {
                continue;
            }

            if (settings.Languages.FirstOrDefault(l => string.Equals(l.Code, language.Value, StringComparison.OrdinalIgnoreCase)) is { } known)
            {
                texts[known.Code] = text.Value.Trim();
                continue;
            }

            fields.Diagnostics.Error(
                DiagnosticCodes.UnknownLanguage,
                language.Span,
                $"'{key}' has a text in '{language.Value}', which is not one of the site's languages",
                $"the languages in site.yml are {string.Join(", ", settings.Languages.Select(l => l.Code))}");
        }

        if (!texts.Remove(settings.DefaultLanguage, out var defaultText))
        {
            fields.Diagnostics.Error(
                DiagnosticCodes.RegistryEntryInvalid,
                fields.SpanOf(value),
                $"'{key}' has no text in the default language '{settings.DefaultLanguage}'",
                "other languages fall back to it, so it must be there");
        }

        return new TranslatedText(defaultText, texts.ToImmutable());
    }
}
