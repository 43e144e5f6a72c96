using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>
/// A partner's <c>boilerplate:</c> in partners.yml, Markdown written once or per language as the registry's other
/// texts are, made into HTML once per language (<see cref="BoilerplateMarkdown"/>).
/// </summary>
internal sealed record PartnerBoilerplate(ImmutableSortedDictionary<string, string> HtmlByLanguage, string? DefaultHtml)
{
    public const string Key = "boilerplate";

    private static readonly PartnerBoilerplate None = new(ImmutableSortedDictionary<string, string>.Empty, null);

    /// <summary>The boilerplate in the language, else in the default language, as the registry's other texts fall back.</summary>
    public string? In(string language) => HtmlByLanguage.GetValueOrDefault(language) ?? DefaultHtml;

    public static PartnerBoilerplate Read(YamlMappingNode entry, YamlFieldReader fields, SiteSettings? settings)
    {
        if (!entry.Children.TryGetValue(new YamlScalarNode(Key), out var value) || YamlFieldReader.IsNull(value))
        {
            return None;
        }

        if (value is not (YamlScalarNode or YamlMappingNode))
        {
            fields.Diagnostics.Error(
                DiagnosticCodes.BoilerplateInvalid,
                fields.SpanOf(value),
                "'boilerplate' must be Markdown text, or a text per language",
                "write 'boilerplate: |' and the text on the lines below it, or one text per language: 'boilerplate: {en: ..., de: ...}'");
            return None;
        }

        var text = TranslatedText.Read(entry, fields, Key, settings);
        var urls = settings is null ? null : new UrlScheme(settings.BaseUrl);
        string? Html(string markdown, string? language) =>
            string.IsNullOrWhiteSpace(markdown) ? null : BoilerplateMarkdown.ToHtml(markdown, fields.SpanOf(TextNode(value, language)), urls, fields.Diagnostics);

        var byLanguage = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (language, markdown) in text.ByLanguage)
        {
            if (Html(markdown, language) is { } html)
            {
                byLanguage[language] = html;
            }
        }

        return new PartnerBoilerplate(byLanguage.ToImmutable(), text.Default is { } written ? Html(written, settings?.DefaultLanguage) : null);
    }

    /// <summary>Where one language's text is written in a map of them; the boilerplate itself when it is one text.</summary>
    private static YamlNode TextNode(YamlNode value, string? language) =>
        value is YamlMappingNode map && language is not null
            ? map.Children.FirstOrDefault(pair => string.Equals((pair.Key as YamlScalarNode)?.Value, language, StringComparison.OrdinalIgnoreCase)).Value ?? value
            : value;
}
