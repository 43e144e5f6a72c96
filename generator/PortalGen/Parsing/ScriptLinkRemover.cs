using Markdig.Syntax.Inlines;
using PortalGen.Diagnostics;

namespace PortalGen.Parsing;

/// <summary>
/// Turns links and images whose target would run code (javascript:, data:, ...) into their plain text, with a
/// warning, whatever unsafe_html says: Markdig renders any link target it is given, and no press release needs one.
/// </summary>
internal static class ScriptLinkRemover
{
    public static bool IsUnsafe(Inline inline) => inline switch
    {
        LinkInline { Url: { } url } => !LinkSchemes.IsSafe(url),
        AutolinkInline autolink => !LinkSchemes.IsSafe(autolink.Url),
        _ => false,
    };

    /// <summary>Warns about an <see cref="IsUnsafe"/> link and puts its text in its place.</summary>
    public static void Remove(Inline inline, string displayPath, DiagnosticBag diagnostics)
    {
        var url = inline is LinkInline link ? link.Url! : ((AutolinkInline)inline).Url;
        diagnostics.Warning(
            DiagnosticCodes.UnsafeLink,
            Diagnostics.SourceSpan.FromZeroBased(displayPath, inline.Line, inline.Column),
            $"a link to '{LinkSchemes.SchemeOf(url)}:' is left out of the page, only its text is kept",
            "link to an http or https address, or to a page of the site");
        Unwrap(inline);
    }

    /// <summary>A link or image gives way to its text (an image's is its alt text); an autolink to its address as text.</summary>
    public static void Unwrap(Inline inline)
    {
        if (inline is AutolinkInline autolink)
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
            return;
        }

        foreach (var child in ((LinkInline)inline).ToList())
        {
            child.Remove();
            inline.InsertBefore(child);
        }

        inline.Remove();
    }
}
