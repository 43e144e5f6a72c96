using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Parsing;

/// <summary>Reads site.yml into <see cref="SiteSettings"/>; a wrong setting is a diagnostic, a missing one a default.</summary>
internal static class SiteSettingsReader
{
    private static readonly string[] KnownKeys =
        ["title", "description", "base_url", "language", "languages", "default_language", "fallback", "paging", "paginate", "feed_size", "feeds", "related", "search_split", "timezone", "unsafe_html", "images", "brand", "params", "press_contact", "editor", "deploy"];

    public static SiteSettings? Read(SourceFile file, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var root = YamlDocumentLoader.Load(file.Text, file.DisplayPath, 0, diagnostics);
        var fields = new YamlFieldReader(file.DisplayPath, 0, diagnostics);
        if (root is null || fields.AsMapping(root, "site.yml") is not { } mapping)
        {
            return null;
        }

        var settings = new SiteSettings { Title = "", BaseUrl = new Uri("http://localhost/") };
        var baseUrlText = baseUrlOverride;
        var baseUrlSpan = fields.FileStart;
        Field<string>? title = null;
        Field<string>? defaultLanguage = null;
        SourceSpan? singleLanguage = null;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "title":
                    title = fields.ReadText(value, key);
                    break;
                case "description":
                    settings = settings with { Description = fields.ReadText(value, key)?.Value ?? "" };
                    break;
                case "base_url":
                    baseUrlText ??= fields.ReadText(value, key)?.Value;
                    baseUrlSpan = fields.SpanOf(value);
                    break;
                case "language":
                    settings = settings with { Language = ReadLanguage(fields, value, key) ?? settings.Language };
                    singleLanguage = fields.SpanOf(keyNode);
                    break;
                case "languages":
                    settings = settings with { Languages = LanguageSettingsReader.Read(fields, value) };
                    break;
                case "default_language":
                    defaultLanguage = fields.ReadText(value, key);
                    break;
                case "fallback":
                    settings = settings with { LanguageFallback = fields.ReadBool(value, key) ?? false };
                    break;
                case "paging":
                    settings = settings with { Paginate = fields.ReadPositiveInt(value, key) ?? settings.Paginate };
                    break;
                case "paginate" when !mapping.Children.ContainsKey(new YamlScalarNode("paging")):
                    // Hugo's name for the same setting, which editors coming from Hugo write.
                    settings = settings with { Paginate = fields.ReadPositiveInt(value, key) ?? settings.Paginate };
                    break;
                case "paginate":
                    diagnostics.Warning(DiagnosticCodes.InvalidSetting, fields.SpanOf(keyNode), "'paginate' is ignored when 'paging' sets the releases per page", "keep one of them");
                    break;
                case "feed_size":
                    settings = settings with { FeedSize = fields.ReadPositiveInt(value, key) ?? settings.FeedSize };
                    break;
                case "feeds":
                    settings = settings with { FeedFormats = FeedFormatsReader.Read(fields, value) ?? settings.FeedFormats };
                    break;
                case "related":
                    settings = settings with { Related = fields.ReadPositiveInt(value, key) ?? settings.Related };
                    break;
                case "search_split":
                    settings = settings with { SearchSplit = fields.ReadPositiveInt(value, key) ?? settings.SearchSplit };
                    break;
                case "timezone":
                    settings = settings with { TimeZone = ReadTimeZone(fields, value) ?? settings.TimeZone };
                    break;
                case "unsafe_html":
                    settings = settings with { UnsafeHtml = fields.ReadBool(value, key) ?? false };
                    break;
                case "images":
                    settings = settings with { Images = ImageSettingsReader.Read(fields, value) };
                    break;
                case "brand":
                    settings = settings with { Brand = BrandSettingsReader.Read(fields, value) };
                    break;
                case "params":
                    settings = settings with { Params = ReadParams(fields, value) };
                    break;
                case "press_contact":
                    settings = settings with { PressContact = fields.ReadText(value, key) is { } contact ? new RegistryReference(contact.Value.Trim(), contact.Span) : null };
                    break;
                case "editor":
                    settings = settings with { Editor = EditorSettingsReader.Read(fields, keyNode, value) };
                    break;
                case "deploy":
                    settings = settings with { Deploy = DeploySettingsReader.Read(fields, value) };
                    break;
                default:
                    diagnostics.Warning(
                        DiagnosticCodes.InvalidSetting,
                        fields.SpanOf(keyNode),
                        $"unknown setting '{key}' is ignored",
                        ClosestMatch.Find(key, KnownKeys) is { } close ? $"did you mean '{close}'?" : "site-specific values belong under 'params:'");
                    break;
            }
        }

        if (title is null || string.IsNullOrWhiteSpace(title.Value.Value))
        {
            diagnostics.Error(DiagnosticCodes.MissingField, fields.FileStart, "site.yml has no 'title'", "add a line such as 'title: Cyber Valley News'");
        }

        if (singleLanguage is { } languageKey && mapping.Children.ContainsKey(new YamlScalarNode("languages")))
        {
            diagnostics.Warning(
                DiagnosticCodes.InvalidSetting,
                languageKey,
                "'language' is ignored when 'languages' lists the site's languages",
                "the first language listed is the default; 'default_language: de' names another");
        }

        // One colour serves both: the brand's accent colours the social cards too, unless images.accent names their own.
        if (settings.Brand.Accent is { } accent && !NamesCardAccent(mapping))
        {
            settings = settings with { Images = settings.Images with { Accent = accent } };
        }

        var baseUrl = baseUrlOverride is null ? ParseBaseUrl(baseUrlText, baseUrlSpan, diagnostics) : ParseBaseUrlOption(baseUrlOverride, diagnostics);
        return baseUrl is null || title is null ? null : WithDefaultLanguage(settings, defaultLanguage, diagnostics) with { Title = title.Value.Value, BaseUrl = baseUrl };
    }

    private static bool NamesCardAccent(YamlMappingNode site) =>
        site.Children.TryGetValue(new YamlScalarNode("images"), out var images)
        && images is YamlMappingNode block
        && block.Children.ContainsKey(new YamlScalarNode("accent"));

    private static string? ReadLanguage(YamlFieldReader fields, YamlNode value, string key) =>
        fields.ReadText(value, key) is { } code ? LanguageCodes.Check(code, fields.Diagnostics) : null;

    /// <summary>With <c>languages:</c>, the default is <c>default_language:</c> (one of them) or else the first listed.</summary>
    private static SiteSettings WithDefaultLanguage(SiteSettings settings, Field<string>? chosen, DiagnosticBag diagnostics)
    {
        var listed = settings.Languages;
        if (chosen is not { } code)
        {
            return settings with { Language = listed[0].Code, DefaultLanguage = listed[0].Code };
        }

        if (listed.FirstOrDefault(l => string.Equals(l.Code, code.Value.Trim(), StringComparison.OrdinalIgnoreCase)) is { } language)
        {
            return settings with { Language = language.Code, DefaultLanguage = language.Code };
        }

        diagnostics.Error(
            DiagnosticCodes.UnknownLanguage,
            code.Span,
            $"the default language '{code.Value}' is not one of the site's languages",
            $"the languages are {string.Join(", ", listed.Select(l => l.Code))}");
        return settings;
    }

    private static Uri? ParseBaseUrl(string? text, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCodes.MissingField, span, "site.yml has no 'base_url'", "add the address the site is served from, such as 'base_url: https://news.example.org/'");
            return null;
        }

        if (SiteBaseUrl.Parse(text) is not { } uri)
        {
            diagnostics.Error(DiagnosticCodes.InvalidSetting, span, SiteBaseUrl.Message("'base_url'", text), SiteBaseUrl.Hint);
            return null;
        }

        return uri;
    }

    /// <summary>
    /// <c>--base-url</c> replaces site.yml's, so a wrong one is the command's mistake, not the file's: reported with the
    /// option's name and no place in site.yml (the command line refuses it before a build, with exit 2).
    /// </summary>
    private static Uri? ParseBaseUrlOption(string text, DiagnosticBag diagnostics)
    {
        if (SiteBaseUrl.Parse(text) is not { } uri)
        {
            diagnostics.Error(DiagnosticCodes.InvalidOption, SourceSpan.WholeFile("--base-url"), SiteBaseUrl.Message("--base-url", text), SiteBaseUrl.Hint);
            return null;
        }

        return uri;
    }

    private static TimeZoneInfo? ReadTimeZone(YamlFieldReader fields, YamlNode value)
    {
        if (fields.ReadText(value, "timezone") is not { } name)
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(name.Value, out var zone))
        {
            return zone;
        }

        fields.Diagnostics.Error(DiagnosticCodes.InvalidSetting, name.Span, $"unknown time zone '{name.Value}'", "use an IANA name such as Europe/Berlin");
        return null;
    }

    private static ImmutableSortedDictionary<string, object?> ReadParams(YamlFieldReader fields, YamlNode value) =>
        fields.ReadPlainValue(value, "params") is SortedDictionary<string, object?> map
            ? map.ToImmutableSortedDictionary(StringComparer.Ordinal)
            : ImmutableSortedDictionary<string, object?>.Empty.WithComparers(StringComparer.Ordinal);
}
