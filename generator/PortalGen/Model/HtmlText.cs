namespace PortalGen.Model;

/// <summary>Text put into HTML the build writes itself, escaped as the templates' html.escape does: letters such as Ü stay letters.</summary>
internal static class HtmlText
{
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
