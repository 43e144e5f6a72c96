using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>
/// Reads site.yml's <c>languages:</c>, either a list of codes (<c>[en, de, ja]</c>) or a map of code to the
/// site's title and description in that language; the first listed is the default unless <c>default_language:</c> names another.
/// </summary>
internal static class LanguageSettingsReader
{
    public static ImmutableArray<SiteLanguage> Read(YamlFieldReader fields, YamlNode value)
    {
        var languages = ImmutableArray.CreateBuilder<SiteLanguage>();
        switch (value)
        {
            case YamlSequenceNode list:
                foreach (var code in list.Children.Select(child => fields.ReadText(child, "languages")).OfType<Field<string>>())
                {
                    Add(languages, code, null, fields);
                }

                break;
            case YamlMappingNode map:
                foreach (var (key, settings) in map.Children)
                {
                    if (fields.ReadText(key, "languages") is { } code)
                    {
                        Add(languages, code, settings, fields);
                    }
                }

                break;
            default:
                fields.Diagnostics.Error(
                    DiagnosticCodes.WrongType,
                    fields.SpanOf(value),
                    $"'languages' must be a list such as [en, de] or a map of language to settings, found {YamlFieldReader.Describe(value)}");
                break;
        }

        return languages.ToImmutable();
    }

    private static void Add(ImmutableArray<SiteLanguage>.Builder languages, Field<string> code, YamlNode? settings, YamlFieldReader fields)
    {
        if (LanguageCodes.Check(code, fields.Diagnostics) is not { } known)
        {
            return;
        }

        if (languages.Any(l => string.Equals(l.Code, known, StringComparison.OrdinalIgnoreCase)))
        {
            fields.Diagnostics.Error(DiagnosticCodes.UnknownLanguage, code.Span, $"the language '{known}' is listed twice");
            return;
        }

        var language = new SiteLanguage(known);
        if (settings is not null && !YamlFieldReader.IsNull(settings) && fields.AsMapping(settings, $"the settings of '{known}'") is { } map)
        {
            foreach (var (keyNode, setting) in map.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                language = key switch
                {
                    "title" => language with { Title = fields.ReadText(setting, key)?.Value },
                    "description" => language with { Description = fields.ReadText(setting, key)?.Value },
                    _ => Unknown(language, key, fields.SpanOf(keyNode), fields.Diagnostics),
                };
            }
        }

        languages.Add(language);
    }

    private static SiteLanguage Unknown(SiteLanguage language, string key, SourceSpan span, DiagnosticBag diagnostics)
    {
        diagnostics.Warning(DiagnosticCodes.InvalidSetting, span, $"unknown setting '{key}' of language '{language.Code}' is ignored", "a language may set 'title' and 'description'");
        return language;
    }
}
