using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;
using PortalGen.Diagnostics;
using PortalGen.Imaging;
using PortalGen.Loading;
using PortalGen.Model;
using SourceSpan = PortalGen.Diagnostics.SourceSpan;

namespace PortalGen.Parsing.ContentLinks;

/// <summary>
/// Rewrites a parsed body's links and images, one at a time as <see cref="BodyRewriter"/> meets them: a link to a
/// .md file and a relative link to a file beside the page become placeholders (<see cref="DeferredLink"/>) resolved once every URL is known; a target that does not
/// exist is reported here, at its line. Images get their attributes from <see cref="ImageAttributes"/>; a photo beside
/// the page or in static/ becomes a picture of variants, its URLs placeholders too.
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
    /// <param name="links">The body's deferred links and photos so far; a link made a placeholder is added, a photo with variants too.</param>
    public static void Rewrite(LinkInline link, SourceFile file, ContentIndex content, BodyLinks links, DiagnosticBag diagnostics)
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
                link.Url = Defer(links, file, target, url, span, suffix);
            }
        }
        else if (path.StartsWith('/'))
        {
            // A photo of static/ named from the site root ("/images/map.jpg") gets variants as a bundle's does; any
            // other link from the site root is left to RootLinkRebaser.
            var photo = content.StaticImages.GetValueOrDefault(path[1..]);
            ImageAttributes.SetSize(link, photo?.Size);
            TryShowAsPicture(link, path, photo?.Image, written, url, span, file, links, diagnostics);
        }
        else if (IsFileName(path) && Target(path, url, span, file, content, diagnostics) is { } target
            && Exists(target, content.Resources.ContainsKey(target), url, span, file, content.Resources.Keys, diagnostics))
        {
            var resource = content.Resources[target];
            ImageAttributes.SetSize(link, resource.Size);
            if (!TryShowAsPicture(link, target, resource.Image, written, url, span, file, links, diagnostics))
            {
                link.Url = Defer(links, file, target, url, span, suffix);
            }
        }
    }

    /// <summary>An image in JPEG, PNG or WebP becomes a picture of variants; what <see cref="ImageChecks"/> refuses is reported and left as it is.</summary>
    /// <param name="target">The photo below the content folder, or from the site root for one of static/ (/images/map.jpg).</param>
    private static bool TryShowAsPicture(LinkInline link, string target, ImageFacts? facts, string written, string url, SourceSpan span, SourceFile file, BodyLinks links, DiagnosticBag diagnostics)
    {
        if (!link.IsImage || facts is null || !ImageChecks.AcceptForVariants(facts, written, span, links.ImageSettings, diagnostics))
        {
            return false;
        }

        ShowAsPicture(link, ImagePlanner.Responsive(target, facts, links.ImageSettings), links, file, target, url, span);
        return true;
    }

    /// <summary>
    /// The img names the fallback variants (its src the one nearest a laptop's column) and a WebP source goes
    /// before it: each URL a placeholder, since where the photo is published is known only once the model is built.
    /// </summary>
    private static void ShowAsPicture(LinkInline link, ResponsiveImage picture, BodyLinks links, SourceFile file, string target, string url, SourceSpan span)
    {
        string Srcset(IEnumerable<ImageVariant> variants) =>
            string.Join(", ", variants.Select(variant => Defer(links, file, target, url, span, "", variant.FileName) + " " + variant.Width.ToString(CultureInfo.InvariantCulture) + "w"));

        link.Url = Defer(links, file, target, url, span, "", picture.Src.FileName);
        var attributes = link.GetAttributes();
        attributes.AddPropertyIfNotExist("srcset", Srcset(picture.Fallback));
        attributes.AddPropertyIfNotExist("sizes", links.ImageSettings.Sizes);
        if (!picture.Modern.IsEmpty)
        {
            link.SetData(typeof(PictureSources), new PictureSources(Srcset(picture.Modern), links.ImageSettings.Sizes));
        }

        links.Images.Add(new ImageUse(target, span, [.. picture.All]));
    }

    private static string Defer(BodyLinks links, SourceFile file, string target, string url, SourceSpan span, string suffix, string? variant = null)
    {
        var index = links.Deferred.Count;
        links.Deferred.Add(new DeferredLink(index, target, ContentPaths.Display(file.DisplayPath, file.RelativePath, target), url, span, variant));
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
