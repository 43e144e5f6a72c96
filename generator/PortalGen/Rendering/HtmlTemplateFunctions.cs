using System.Buffers;
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

    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var next = text.AsSpan().IndexOfAny(Special);
        if (next < 0)
        {
            return text;
        }

        // The runs between the characters to escape are copied whole: a string per character was made before.
        var escaped = new StringBuilder(text.Length + 16);
        var rest = text.AsSpan();
        while (next >= 0)
        {
            escaped.Append(rest[..next]).Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            rest = rest[(next + 1)..];
            next = rest.IndexOfAny(Special);
        }

        return escaped.Append(rest).ToString();
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
