using System.Net;
using System.Text;
using PortalGen.Diagnostics;

namespace PortalGen.Serving;

/// <summary>
/// The page served where the site itself has nothing to show: before the first good build, or when a page's
/// template fails. It lists the diagnostics as printed and carries the live-reload script, so fixing them reloads it.
/// </summary>
internal static class ProblemPage
{
    public static ServedFile Render(int status, string title, IEnumerable<Diagnostic> diagnostics)
    {
        var lines = string.Join("\n", diagnostics.Select(d => WebUtility.HtmlEncode(d.ToString())));
        var html = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)}</title></head>
            <body>
            <main>
            <h1>{WebUtility.HtmlEncode(title)}</h1>
            <pre>{lines}</pre>
            </main>
            </body>
            </html>

            """;
        return new ServedFile(status, ContentTypes.Html, Encoding.UTF8.GetBytes(LiveReloadScript.Inject(html)));
    }
}
