using System.Collections.Immutable;
using System.Net;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Rendering;

namespace PortalGen.Checking;

/// <summary>
/// Pipeline step 7: every internal link, image, script and stylesheet of the rendered pages must resolve to a
/// page, artifact or static file of this build, and a #fragment to an id on its page. External links are not fetched.
/// </summary>
/// <param name="contentFiles">The releases and pages as written, to point at the line of a broken link.</param>
internal sealed class LinkChecker(UrlScheme urls, TemplateSet templates, IEnumerable<SourceFile> contentFiles, ParallelOptions parallel)
{
    private readonly Dictionary<string, string> contentTexts = contentFiles.ToDictionary(f => f.DisplayPath, f => f.Text, StringComparer.Ordinal);

    /// <param name="rendered">Every page of the build, in any order.</param>
    /// <param name="files">Every other file of the build (artifacts, static files, theme assets), below the output root.</param>
    public void Check(IEnumerable<RenderedPage> rendered, IEnumerable<string> files, DiagnosticBag diagnostics)
    {
        // Sorted, so "on /x/ and 3 more pages" names the same page whatever the thread timing.
        RenderedPage[] pages = [.. rendered.OrderBy(p => p.Page.Path, StringComparer.Ordinal)];
        var links = new PageLinks[pages.Length];
        Parallel.For(0, pages.Length, parallel, i => links[i] = PageLinks.Read(pages[i].Html));
        var idsByFile = new Dictionary<string, ImmutableHashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Length; i++)
        {
            idsByFile[pages[i].Page.OutputFile] = links[i].Ids;
        }

        var site = new SiteFiles(idsByFile, files.ToHashSet(StringComparer.Ordinal));
        // The bag sorts what it is given, so the order of this dictionary never shows.
        var broken = new Dictionary<(SourceSpan Source, string Link, string Problem), List<string>>();
        for (var i = 0; i < pages.Length; i++)
        {
            var page = pages[i].Page;
            foreach (var link in links[i].Links.Distinct(StringComparer.Ordinal))
            {
                if (site.ProblemWith(link, page.SitePath, urls) is { } problem)
                {
                    var key = (SourceOf(pages[i], link), link, problem);
                    if (!broken.TryGetValue(key, out var onPages))
                    {
                        broken[key] = onPages = [];
                    }

                    onPages.Add(urls.Href(page.SitePath));
                }
            }
        }

        foreach (var ((source, link, problem), onPages) in broken)
        {
            var where = onPages.Count == 1 ? onPages[0] : $"{onPages[0]} and {onPages.Count - 1} more pages";
            diagnostics.Error(DiagnosticCodes.BrokenLink, source, $"broken link '{link}' on {where}: {problem}");
        }
    }

    /// <summary>Where the editor wrote the link: as it is, or (under a sub-path) as written from the site root.</summary>
    private SourceSpan PlaceInContent(string sourcePath, string link)
    {
        var text = contentTexts.GetValueOrDefault(sourcePath, "");
        var asWritten = link.StartsWith(urls.BasePath, StringComparison.Ordinal) ? "/" + link[urls.BasePath.Length..] : link;
        var index = text.IndexOf(link, StringComparison.Ordinal) is var exact and >= 0 ? exact : text.IndexOf(asWritten, StringComparison.Ordinal);
        return index >= 0 ? SourceSpan.AtIndex(sourcePath, text, index) : SourceSpan.WholeFile(sourcePath);
    }

    /// <summary>
    /// A link in a release's or page's Markdown is the editor's; any other comes from a template: the one that
    /// writes it literally, else the page kind's layout (a link put together from variables).
    /// </summary>
    private SourceSpan SourceOf(RenderedPage rendered, string link)
    {
        var page = rendered.Page;
        var (sourcePath, contentHtml) = page.Release is { } release ? (release.SourcePath, release.ContentHtml)
            : page.Page is { } plain ? (plain.SourcePath, plain.ContentHtml)
            : (null, "");
        if (sourcePath is not null && (contentHtml.Contains($"\"{link}\"", StringComparison.Ordinal) || contentHtml.Contains($"\"{WebUtility.HtmlEncode(link)}\"", StringComparison.Ordinal)))
        {
            return PlaceInContent(sourcePath, link);
        }

        return templates.Find(link) ?? SourceSpan.WholeFile(templates.DisplayPathOf($"layouts/{TemplateViews.TemplateNameOf(page.Kind)}.html"));
    }
}
