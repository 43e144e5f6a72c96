using PortalGen.Diagnostics;
using PortalGen.Parsing;

namespace PortalGen.Validation;

/// <summary>The checks releases and pages share: a title, and a slug that is safe in a URL.</summary>
public static class RequiredFields
{
    public static string? Title(FrontMatter frontMatter, DiagnosticBag diagnostics)
    {
        if (frontMatter.Title is { } title && !string.IsNullOrWhiteSpace(title.Value))
        {
            return title.Value.Trim();
        }

        if (frontMatter.Title is null && frontMatter.Keys.Contains("title"))
        {
            return null;
        }

        diagnostics.Error(
            DiagnosticCodes.MissingField,
            frontMatter.Title?.Span ?? frontMatter.Start,
            "the file has no 'title'",
            "add a line such as 'title: \"NEC and Cyber Valley sign MoU\"' to the front matter");
        return null;
    }

    /// <summary>The explicit slug if valid, else one made from the file name (or the bundle folder's for index.md).</summary>
    public static string? Slug(FrontMatter frontMatter, string relativePath, DiagnosticBag diagnostics)
    {
        if (frontMatter.Slug is { } explicitSlug)
        {
            if (Slugs.IsValid(explicitSlug.Value))
            {
                return explicitSlug.Value;
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
            return slug;
        }

        diagnostics.Error(DiagnosticCodes.InvalidSlug, frontMatter.Start, $"no URL can be made from the file name '{name}'", "rename the file, or add 'slug: some-words'");
        return null;
    }
}
