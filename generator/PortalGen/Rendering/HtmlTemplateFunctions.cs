using System.Text;
using Scriban.Functions;
using Scriban.Runtime;

namespace PortalGen.Rendering;

/// <summary>
/// Scriban's <c>html</c> functions with an <c>escape</c> that escapes only what HTML requires
/// (&amp; &lt; &gt; &quot; &#39;): Scriban's own also turns every non-ASCII letter into an entity, so
/// "Tübingen" became "T&amp;#252;bingen" in the source of every German page.
/// </summary>
internal static class HtmlTemplateFunctions
{
    public static readonly ScriptObject Object = Create();

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static HtmlFunctions Create()
    {
        // Scriban's html object comes with its functions registered without reflection (safe under Native AOT).
        var functions = new HtmlFunctions();
        functions.Remove("escape");
        functions["escape"] = TextFunction.OfText(Escape);
        ((IScriptObject)functions).IsReadOnly = true;
        return functions;
    }
}
