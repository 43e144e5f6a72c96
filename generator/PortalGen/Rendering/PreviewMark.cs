using System.Net;
using System.Text;

namespace PortalGen.Rendering;

/// <summary>
/// Marks a page of a preview build (<c>build --preview-banner "PR #12"</c>): a visible banner first in the body and a
/// robots noindex in the head. Put into the rendered HTML rather than asked of the templates, so a site's own theme
/// can never publish a preview that looks or indexes like the real site.
/// </summary>
/// <param name="label">What the banner calls the preview.</param>
/// <param name="stylesheet">The banner's style, a published file rather than a style attribute, which a strict Content-Security-Policy refuses.</param>
/// <param name="integrity">The stylesheet's Subresource Integrity digest.</param>
internal sealed class PreviewMark(string label, string stylesheet, string integrity)
{
    private readonly string meta = "<meta name=\"robots\" content=\"noindex\">"
        + $"<link rel=\"stylesheet\" href=\"{WebUtility.HtmlEncode(stylesheet)}\" integrity=\"{integrity}\">";

    private readonly string banner =
        "<div role=\"note\" class=\"portalgen-preview\">"
        + $"Preview: {WebUtility.HtmlEncode(label)}. Not the published site.</div>";

    public string Mark(ReadOnlySpan<char> html)
    {
        var text = new StringBuilder(html.Length + meta.Length + banner.Length).Append(html);
        // The body's tag first: inserting there leaves the head's position unchanged.
        Insert(text, "<body", banner);
        if (!Insert(text, "<head", meta))
        {
            text.Insert(0, meta);
        }

        return text.ToString();
    }

    /// <summary>Inserts <paramref name="content"/> right after the first start tag named <paramref name="tag"/>; false when there is none.</summary>
    private static bool Insert(StringBuilder text, string tag, string content)
    {
        var html = text.ToString();
        for (var start = html.IndexOf(tag, StringComparison.OrdinalIgnoreCase); start >= 0; start = html.IndexOf(tag, start + 1, StringComparison.OrdinalIgnoreCase))
        {
            var next = start + tag.Length < html.Length ? html[start + tag.Length] : '\0';
            var end = html.IndexOf('>', start);
            if (end >= 0 && (next == '>' || char.IsWhiteSpace(next)))
            {
                text.Insert(end + 1, content);
                return true;
            }
        }

        return false;
    }
}
