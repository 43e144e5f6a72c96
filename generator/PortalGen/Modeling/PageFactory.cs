using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Modeling;

/// <summary>Checks a plain page's front matter and makes its <see cref="PlainPage"/>.</summary>
internal static class PageFactory
{
    public static PlainPage? Create(ContentDocument document, DiagnosticBag diagnostics)
    {
        var frontMatter = document.FrontMatter;
        var title = RequiredFields.Title(frontMatter, diagnostics);
        var slug = RequiredFields.Slug(frontMatter, document.RelativePath, diagnostics);
        if (title is null || slug is null)
        {
            return null;
        }

        // pages/legal/imprint.md is /legal/imprint/; the slug replaces the last segment only.
        var relative = document.RelativePath[(SiteSourceLoader.PagesFolder.Length + 1)..];
        var folders = relative.Split('/')[..^1].Select(Slugs.FromText);
        if (IsIndexFile(relative))
        {
            folders = folders.SkipLast(1);
        }

        var menu = ReadMenu(frontMatter, diagnostics);
        var path = UrlScheme.Page(string.Join('/', folders.Append(slug)));
        if (UrlScheme.ReservedNames.Contains(path.Split('/')[0]))
        {
            diagnostics.Error(
                DiagnosticCodes.ReservedUrl,
                frontMatter.Slug?.Span ?? frontMatter.Start,
                $"the page would take the URL /{path}, which the generator uses itself",
                "give the page another file name or 'slug:'");
            return null;
        }

        return new PlainPage
        {
            SourcePath = document.DisplayPath,
            Title = title,
            Summary = SiteBuilder.Summarize(frontMatter.Summary, document.Body.LeadText),
            ContentHtml = document.Body.Html,
            Path = path,
            Menu = menu,
            Params = frontMatter.Params,
            Language = document.Language,
            TranslationKey = document.RelativePath,
        };
    }

    private static PageMenu ReadMenu(FrontMatter frontMatter, DiagnosticBag diagnostics)
    {
        switch (frontMatter.Menu)
        {
            case null or { Value: "main" }:
                return PageMenu.Main;
            case { Value: "footer" }:
                return PageMenu.Footer;
            case { Value: "none" }:
                return PageMenu.None;
            case { } other:
                diagnostics.Warning(
                    DiagnosticCodes.UnknownMenu,
                    other.Span,
                    $"unknown menu '{other.Value}'; the page is linked from the main navigation",
                    "write 'menu: main', 'menu: footer' or 'menu: none'");
                return PageMenu.Main;
        }
    }

    internal static bool IsIndexFile(string relativePath) =>
        Path.GetFileNameWithoutExtension(relativePath) is "index" or "_index";
}
