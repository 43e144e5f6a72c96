using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Modeling;

/// <summary>The checks releases and pages share: a title, and a slug that is safe in a URL.</summary>
internal static class RequiredFields
{
    public static string? Title(FrontMatter frontMatter, DiagnosticBag diagnostics)
    {
        if (frontMatter.Title is { } title && !string.IsNullOrWhiteSpace(title.Value))
        {
            return CheckLength(title with { Value = title.Value.Trim() }, diagnostics);
        }

        if (frontMatter.Title is null && frontMatter.Keys.Contains("title"))
        {
            return null;
        }

        if (frontMatter.Title is { } blank)
        {
            diagnostics.Error(DiagnosticCodes.MissingField, blank.Span, "'title' is empty", "write the release's headline after 'title:'");
            return null;
        }

        diagnostics.Error(
            DiagnosticCodes.MissingField,
            frontMatter.Title?.Span ?? frontMatter.Start,
            "the file has no 'title'",
            "add a line such as 'title: \"NEC and Cyber Valley sign MoU\"' to the front matter");
        return null;
    }

    /// <summary>The title when it is short enough for a headline; null, with an error at it, when not (also for <c>portalgen new</c>'s title).</summary>
    public static string? CheckLength(Field<string> title, DiagnosticBag diagnostics)
    {
        if (title.Value.Length <= FrontMatterRules.MaxTitleLength)
        {
            return title.Value;
        }

        diagnostics.Error(
            DiagnosticCodes.TitleTooLong,
            title.Span,
            $"'title' is {title.Value.Length} characters long, more than the {FrontMatterRules.MaxTitleLength} a headline may have",
            "shorten it, and move the rest to 'summary' or the body");
        return null;
    }

    /// <summary>The explicit slug if valid, else one made from the file name (or the bundle folder's for index.md).</summary>
    public static string? Slug(FrontMatter frontMatter, string relativePath, DiagnosticBag diagnostics)
    {
        if (frontMatter.Slug is { } explicitSlug)
        {
            if (Slugs.IsValid(explicitSlug.Value))
            {
                return NotDeviceName(explicitSlug.Value, explicitSlug.Span, diagnostics);
            }

            var suggestion = Slugs.FromText(explicitSlug.Value);
            diagnostics.Error(
                DiagnosticCodes.InvalidSlug,
                explicitSlug.Span,
                $"'slug' may hold only lowercase letters, digits and single hyphens, found '{explicitSlug.Value}'",
                suggestion.Length > 0 ? $"did you mean '{suggestion}'?" : null);
            return null;
        }

        var segments = relativePath.Split('/');
        var name = PageFactory.IsIndexFile(relativePath) && segments.Length >= 2
            ? segments[^2]
            : Path.GetFileNameWithoutExtension(segments[^1]);
        var slug = Slugs.FromText(name);
        if (slug.Length > 0)
        {
            return NotDeviceName(slug, frontMatter.Start, diagnostics);
        }

        diagnostics.Error(DiagnosticCodes.InvalidSlug, frontMatter.Start, $"no URL can be made from the file name '{name}'", "rename the file, or add 'slug: some-words'");
        return null;
    }

    private static string? NotDeviceName(string slug, SourceSpan span, DiagnosticBag diagnostics)
    {
        if (!Slugs.IsDeviceName(slug))
        {
            return slug;
        }

        diagnostics.Error(DiagnosticCodes.InvalidSlug, span, $"the URL segment '{slug}' {Slugs.DeviceNameProblem}", $"add 'slug: {slug}-news' or another name");
        return null;
    }
}
