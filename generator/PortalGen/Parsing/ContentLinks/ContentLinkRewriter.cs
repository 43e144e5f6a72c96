using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Syntax.Inlines;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using SourceSpan = PortalGen.Diagnostics.SourceSpan;

namespace PortalGen.Parsing.ContentLinks;

/// <summary>
/// Rewrites a parsed body's links and images, one at a time as <see cref="BodyRewriter"/> meets them: a link to a
/// .md file and a relative link to a file beside the page become placeholders (<see cref="DeferredLink"/>) resolved once every URL is known; a target that does not
/// exist is reported here, at its line. Images get their attributes from <see cref="ImageAttributes"/>.
/// </summary>
/// <remarks>
/// Work on Markdig's parsed document rather than a pipeline extension: it needs per-document state (the file,
/// what exists beside it), and the one shared, frozen pipeline holds none.
/// </remarks>
internal static partial class ContentLinkRewriter
{
    /// <summary>
    /// Stands for a URL until the model is built. Its characters pass Markdig's URL escaping unchanged, so the
    /// rendered attribute holds it exactly.
    /// </summary>
    public const string Placeholder = "portalgen-deferred:";

    /// <param name="link">A link or image of the body, as the editor wrote it (after unsafe links are taken out).</param>
    /// <param name="deferred">The body's deferred links so far; a link made a placeholder is added.</param>
    public static void Rewrite(LinkInline link, SourceFile file, ContentIndex content, ImmutableArray<DeferredLink>.Builder deferred, DiagnosticBag diagnostics)
    {
        var span = SourceSpan.FromZeroBased(file.DisplayPath, link.Line, link.Column);
        if (link.IsImage)
        {
            ImageAttributes.Prepare(link, span, diagnostics);
        }

        if (link.Url is not { Length: > 0 } url || IsOutsideTheSite(url))
        {
            return;
        }

        var pathEnd = url.IndexOfAny(['?', '#']);
        var (written, suffix) = pathEnd < 0 ? (url, "") : (url[..pathEnd], url[pathEnd..]);
        var path = Uri.UnescapeDataString(written);
        if (path.Length == 0)
        {
            return;
        }

        if (ContentPaths.IsMarkdown(path))
        {
            if (Target(path, url, span, file, content, diagnostics) is { } target && Exists(target, content.MarkdownPaths.Contains(target), url, span, file, content.MarkdownPaths, diagnostics))
            {
                link.Url = Defer(deferred, file, target, url, span, suffix);
            }
        }
        else if (path.StartsWith('/'))
        {
            // A link from the site root ("/images/map.png") is left to RootLinkRebaser; only its size is looked up.
            ImageAttributes.SetSize(link, content.StaticImageSizes.TryGetValue(path[1..], out var size) ? size : null);
        }
        else if (IsFileName(path) && Target(path, url, span, file, content, diagnostics) is { } target
            && Exists(target, content.Resources.ContainsKey(target), url, span, file, content.Resources.Keys, diagnostics))
        {
            ImageAttributes.SetSize(link, content.Resources[target].Size);
            link.Url = Defer(deferred, file, target, url, span, suffix);
        }
    }

    private static string Defer(ImmutableArray<DeferredLink>.Builder deferred, SourceFile file, string target, string url, SourceSpan span, string suffix)
    {
        var index = deferred.Count;
        deferred.Add(new DeferredLink(index, target, ContentPaths.Display(file.DisplayPath, file.RelativePath, target), url, span));
        return Placeholder + index.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static string? Target(string path, string url, SourceSpan span, SourceFile file, ContentIndex content, DiagnosticBag diagnostics)
    {
        var target = ContentPaths.Resolve(file.RelativePath, path);
        if (target is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingLinkTarget, span, $"the link '{url}' points outside the content folder", "link to files below content/ only");
        }

        return target;
    }

    private static bool Exists(string target, bool exists, string url, SourceSpan span, SourceFile file, IEnumerable<string> candidates, DiagnosticBag diagnostics)
    {
        if (exists)
        {
            return true;
        }

        diagnostics.Error(
            DiagnosticCodes.MissingLinkTarget,
            span,
            $"'{url}' links to {ContentPaths.Display(file.DisplayPath, file.RelativePath, target)}, which does not exist",
            ContentPaths.ClosestHint(target, candidates) ?? "check the path: it is relative to this file, or to content/ when it starts with '/'");
        return false;
    }

    /// <summary>Links with a scheme (https:, mailto:), to another host (//cdn) or within the page (#top) are left as written.</summary>
    private static bool IsOutsideTheSite(string url) =>
        url.StartsWith('#') || url.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(url);

    /// <summary>A relative link to a file names one (photo.jpg); "../other/" is a link to a URL and left as written.</summary>
    private static bool IsFileName(string path) =>
        path[(path.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal) && !path.EndsWith('.');

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
