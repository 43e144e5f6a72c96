using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;

namespace PortalGen.Parsing;

/// <summary>Front matter and body of one content file; safe to call from many threads at once.</summary>
internal static class ContentDocumentParser
{
    /// <param name="file">The file as read; a language suffix in its name (x.de.md) is taken off and becomes the document's language.</param>
    public static ContentDocument? Parse(SourceFile file, SiteSettings settings, ContentIndex content, DiagnosticBag diagnostics)
    {
        if (LanguageSuffix.Split(file, settings, diagnostics) is not var (neutral, language))
        {
            return null;
        }

        return ParseNeutral(neutral, settings, content, diagnostics) is { } document ? document with { Language = language } : null;
    }

    private static ContentDocument? ParseNeutral(SourceFile file, SiteSettings settings, ContentIndex content, DiagnosticBag diagnostics)
    {
        var split = FrontMatterSplitter.Split(file, diagnostics);
        if (split is null)
        {
            return null;
        }

        var frontMatter = FrontMatterReader.Read(split, file.DisplayPath, settings.TimeZone, diagnostics);
        if (frontMatter is null)
        {
            return null;
        }

        var body = MarkdownRenderer.Render(file, split.BodyLineOffset, settings.UnsafeHtml, string.IsNullOrWhiteSpace(frontMatter.Summary), new UrlScheme(settings.BaseUrl), content, settings.Images, diagnostics);
        return body is null ? null : new ContentDocument(file.RelativePath, file.DisplayPath, frontMatter, body) { Placeholders = PlaceholderText.Find(file) };
    }
}
