using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using SourceSpan = PortalGen.Diagnostics.SourceSpan;

namespace PortalGen.Parsing.ContentLinks;

/// <summary>
/// Walks a parsed body's links and images: a link to a .md file and a relative link to a file beside the page
/// become placeholders (<see cref="DeferredLink"/>) resolved once every URL is known; a target that does not
/// exist is reported here, at its line. Images get lazy loading and, when their file is known, width and height.
/// </summary>
public static partial class ContentLinkRewriter
{
    /// <summary>
    /// Stands for a URL until the model is built. Its characters pass Markdig's URL escaping unchanged, so the
    /// rendered attribute holds it exactly.
    /// </summary>
    public const string Placeholder = "portalgen-deferred:";

    public static ImmutableArray<DeferredLink> Rewrite(MarkdownDocument document, SourceFile file, int bodyLineOffset, ContentIndex content, DiagnosticBag diagnostics)
    {
        var deferred = ImmutableArray.CreateBuilder<DeferredLink>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            var span = SourceSpan.FromZeroBased(file.DisplayPath, link.Line, link.Column, bodyLineOffset);
            if (link.IsImage)
            {
                PrepareImage(link, span, diagnostics);
            }

            if (link.Url is not { Length: > 0 } url || IsOutsideTheSite(url))
            {
                continue;
            }

            var pathEnd = url.IndexOfAny(['?', '#']);
            var (written, suffix) = pathEnd < 0 ? (url, "") : (url[..pathEnd], url[pathEnd..]);
            var path = Uri.UnescapeDataString(written);
            if (path.Length == 0)
            {
                continue;
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
                SetSize(link, content.StaticImageSizes.TryGetValue(path[1..], out var size) ? size : null);
            }
            else if (IsFileName(path) && Target(path, url, span, file, content, diagnostics) is { } target
                && Exists(target, content.Resources.ContainsKey(target), url, span, file, content.Resources.Keys, diagnostics))
            {
                SetSize(link, content.Resources[target].Size);
                link.Url = Defer(deferred, file, target, url, span, suffix);
            }
        }

        return deferred.ToImmutable();
    }

    private static string Defer(ImmutableArray<DeferredLink>.Builder deferred, SourceFile file, string target, string url, SourceSpan span, string suffix)
    {
        var index = deferred.Count;
        deferred.Add(new DeferredLink(index, target, ContentPaths.Display(file.DisplayPath, file.RelativePath, target), url, span));
        return Placeholder + index.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>Lazy loading and async decoding keep images off the critical path; see README "Images".</summary>
    private static void PrepareImage(LinkInline image, SourceSpan span, DiagnosticBag diagnostics)
    {
        var attributes = image.GetAttributes();
        attributes.AddPropertyIfNotExist("loading", "lazy");
        attributes.AddPropertyIfNotExist("decoding", "async");

        // Markdown cannot tell a forgotten alt text from a deliberately empty one, so every empty one is reported:
        // an image in a press release carries content; decoration belongs in the theme.
        if (!HasAltText(image))
        {
            diagnostics.Warning(
                DiagnosticCodes.ImageWithoutAltText,
                span,
                "image has no alt text",
                "describe the image for screen readers between the brackets: ![Two people sign the agreement](photo.jpg)");
        }
    }

    private static bool HasAltText(ContainerInline image) =>
        image.Descendants<LiteralInline>().Any(literal => !literal.Content.IsEmptyOrWhitespace())
        || image.Descendants<CodeInline>().Any();

    private static void SetSize(LinkInline link, ImageSize? size)
    {
        if (link.IsImage && size is { } known)
        {
            var attributes = link.GetAttributes();
            attributes.AddPropertyIfNotExist("width", known.Width.ToString(CultureInfo.InvariantCulture));
            attributes.AddPropertyIfNotExist("height", known.Height.ToString(CultureInfo.InvariantCulture));
        }
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
