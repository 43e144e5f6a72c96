using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Modeling;
using PortalGen.Parsing;
using PortalGen.Settings;

namespace PortalGen.Scaffolding;

/// <summary>
/// Makes the file <c>portalgen new</c> writes: complete front matter at news/YYYY/slug.md, with ids checked
/// against the registries exactly as a build checks them. It reads the site but never writes.
/// </summary>
public static class ReleaseScaffold
{
    /// <summary>The file to write, or null with diagnostics (unknown ids, a bad date or slug, an existing file).</summary>
    public static ScaffoldedRelease? Create(NewRelease request, BuildOptions options, DiagnosticBag diagnostics)
    {
        var source = SiteSourceLoader.Load(options, diagnostics);
        if (source?.Settings is null || SiteSettingsReader.Read(source.Settings, options.BaseUrl, diagnostics) is not { } settings)
        {
            return null;
        }

        // Read as a build reads them, with the site's languages: names may be given per language.
        var registry = new RegistryLookup(RegistryReader.ReadPartners(source.Partners, diagnostics, settings), RegistryReader.ReadTopics(source.Topics, diagnostics, settings), diagnostics);
        registry.Partners(OptionValues(request.Partners, "--partners"));
        registry.Topics(OptionValues(request.Topics, "--topics"));
        var date = DateOf(request, settings, options, diagnostics);
        RequiredFields.CheckLength(new Field<string>(request.Title.Trim(), SourceSpan.WholeFile("<title>")), diagnostics);
        var slug = SlugOf(request, diagnostics);
        if (date is null || slug is null || diagnostics.HasErrors)
        {
            return null;
        }

        var relativePath = $"{SiteSourceLoader.ReleasesFolder}/{date.Value.Instant.Year.ToString(CultureInfo.InvariantCulture)}/{slug}.md";
        var fullPath = Path.Combine(Path.GetFullPath(options.ContentDirectory), relativePath);
        var displayPath = Path.GetRelativePath(options.DisplayRoot, fullPath).Replace('\\', '/');
        if (File.Exists(fullPath))
        {
            diagnostics.Error(DiagnosticCodes.ReleaseExists, SourceSpan.WholeFile(displayPath), "a release with this path already exists; it was left as it is", "give another title, or choose the slug with --slug");
            return null;
        }

        return new ScaffoldedRelease(fullPath, displayPath, TextOf(request, date.Value));
    }

    private static ImmutableArray<Field<string>> OptionValues(ImmutableArray<string> ids, string option) =>
        [.. ids.Select(id => new Field<string>(id, SourceSpan.WholeFile(option)))];

    private static PublishDate? DateOf(NewRelease request, SiteSettings settings, BuildOptions options, DiagnosticBag diagnostics)
    {
        if (request.Date is null)
        {
            // Whole seconds: what an editor would type, and what reads back the same.
            var now = TimeZoneInfo.ConvertTime(options.Clock.GetUtcNow(), settings.TimeZone);
            return new PublishDate(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)), HasTime: true);
        }

        if (PublishDateParser.Parse(request.Date, settings.TimeZone, out var outOfRange) is { } date)
        {
            return date;
        }

        if (outOfRange)
        {
            diagnostics.Error(DiagnosticCodes.InvalidDate, SourceSpan.WholeFile("--date"), PublishDateRange.Message("--date", request.Date), PublishDateRange.Hint);
            return null;
        }

        diagnostics.Error(DiagnosticCodes.InvalidDate, SourceSpan.WholeFile("--date"), $"'{request.Date}' is not a valid date", PublishDateParser.Hint);
        return null;
    }

    private static string? SlugOf(NewRelease request, DiagnosticBag diagnostics)
    {
        var slug = request.Slug ?? Slugs.FromText(request.Title);
        if (Slugs.IsUsable(slug))
        {
            return slug;
        }

        if (Slugs.IsValid(slug))
        {
            var option = request.Slug is null ? "the title gives the slug" : "the slug";
            diagnostics.Error(DiagnosticCodes.InvalidSlug, SourceSpan.WholeFile("--slug"), $"{option} '{slug}', which {Slugs.DeviceNameProblem}", $"give another with --slug, such as '{slug}-news'");
            return null;
        }

        var message = request.Slug is null ? $"the title gives no usable slug ('{slug}')" : $"'{slug}' is not a usable slug";
        diagnostics.Error(DiagnosticCodes.InvalidSlug, SourceSpan.WholeFile("--slug"), message, "give one with --slug: lowercase letters, digits and hyphens");
        return null;
    }

    private static string TextOf(NewRelease request, PublishDate date)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append(CultureInfo.InvariantCulture, $"title: {YamlQuoted(request.Title)}\n");
        text.Append(CultureInfo.InvariantCulture, $"date: {DateText(date)}\n");
        text.Append(CultureInfo.InvariantCulture, $"draft: {(request.Draft ? "true" : "false")}\n");
        text.Append(CultureInfo.InvariantCulture, $"partners: [{string.Join(", ", request.Partners.Select(YamlQuoted))}]\n");
        text.Append(CultureInfo.InvariantCulture, $"topics: [{string.Join(", ", request.Topics.Select(YamlQuoted))}]\n");
        text.Append("summary: \"\"  # one or two sentences for cards, feeds and search; left empty, the first paragraph serves\n");
        text.Append("---\n\n");
        text.Append(PlaceholderText.Body);
        return text.ToString();
    }

    private static string DateText(PublishDate date) => date.HasTime
        ? date.Instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
        : date.Instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A YAML double-quoted scalar: any title reads back as exactly this text (quotes, colons, '#', backslashes, control characters).</summary>
    private static string YamlQuoted(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
