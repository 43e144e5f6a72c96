using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Parsing.ContentLinks;

namespace PortalGen.Modeling;

/// <summary>
/// Puts the final URLs into a rendered body in place of its placeholders, once every release has its URL, and
/// reports links to releases that exist but are not in this build (drafts, future, expired).
/// </summary>
internal static partial class DeferredLinkResolver
{
    public static string Resolve(string html, ImmutableArray<DeferredLink> links, LinkTargets targets, UrlScheme urls, DiagnosticBag diagnostics) =>
        links.IsEmpty ? html : Apply(html, Hrefs(links, targets, urls, diagnostics));

    /// <summary>A release's body and its lead paragraph, a copy of the body's start, with each link reported once.</summary>
    public static (string Html, string LeadHtml) Resolve(string html, string leadHtml, ImmutableArray<DeferredLink> links, LinkTargets targets, UrlScheme urls, DiagnosticBag diagnostics)
    {
        if (links.IsEmpty)
        {
            return (html, leadHtml);
        }

        var hrefs = Hrefs(links, targets, urls, diagnostics);
        return (Apply(html, hrefs), leadHtml.Length == 0 ? leadHtml : Apply(leadHtml, hrefs));
    }

    private static string[] Hrefs(ImmutableArray<DeferredLink> links, LinkTargets targets, UrlScheme urls, DiagnosticBag diagnostics) =>
        [.. links.Select(link => Href(link, targets, urls, diagnostics))];

    private static string Apply(string html, string[] hrefs) =>
        PlaceholderPattern().Replace(html, match =>
            int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < hrefs.Length ? hrefs[index] : match.Value);

    private static string Href(DeferredLink link, LinkTargets targets, UrlScheme urls, DiagnosticBag diagnostics)
    {
        if (targets.SitePathOf(link.Target) is { } sitePath)
        {
            return urls.EscapedHref(link.Variant is null ? sitePath : sitePath[..(sitePath.LastIndexOf('/') + 1)] + link.Variant);
        }

        var (state, hint) = targets.ReasonLeftOut(link.Target) switch
        {
            LeftOutReason.Draft => ("is a draft", "build with --drafts to preview it, or remove the link"),
            LeftOutReason.Future => ("is dated in the future", "build with --future to preview it, or remove the link"),
            LeftOutReason.Embargoed => ("is under embargo", "build with --future to preview it, or remove the link"),
            LeftOutReason.Expired => ("has expired", "remove the link, or change the target's 'expires'"),
            _ => ("is not published in this build", "fix the mistakes reported in that file"),
        };
        diagnostics.Error(DiagnosticCodes.UnpublishedLinkTarget, link.Span, $"'{link.Written}' links to {link.TargetDisplay}, which {state}", hint);
        return "";
    }

    /// <summary>Only inside the attributes a link's URL is written into (a srcset holds several), never in the text of a page.</summary>
    [GeneratedRegex("(?<=(?:href|src|srcset|poster)=\"[^\"<>]*)" + ContentLinkRewriter.Placeholder + "([0-9]+)")]
    private static partial Regex PlaceholderPattern();
}
