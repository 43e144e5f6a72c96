namespace PortalGen.Serving;

/// <summary>
/// The script the preview server adds to every HTML page: it listens on the event stream, reloads the tab on
/// <c>reload</c> and shows <c>diagnostics</c> (the lines as the console prints them) in an overlay. It builds the
/// overlay with text nodes only, so a message can never inject markup.
/// </summary>
internal static class LiveReloadScript
{
    public const string Path = "/__portalgen/live-reload.js";

    /// <summary>The event stream; "diagnostics", not "error", since EventSource fires its own "error" on a lost connection.</summary>
    public const string EventsPath = "/__portalgen/events";

    private const string Tag = "<script src=\"" + Path + "\"></script>";

    public const string Text = """
        (() => {
          "use strict";
          const events = new EventSource("/__portalgen/events");
          let overlay = null;
          const clear = () => {
            if (overlay) {
              overlay.remove();
              overlay = null;
            }
          };
          events.addEventListener("reload", () => {
            clear();
            location.reload();
          });
          events.addEventListener("diagnostics", event => {
            clear();
            overlay = document.createElement("section");
            overlay.setAttribute("role", "alertdialog");
            overlay.setAttribute("aria-modal", "true");
            overlay.setAttribute("aria-labelledby", "portalgen-overlay-title");
            overlay.setAttribute("aria-describedby", "portalgen-overlay-lines");
            overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
              "background:rgba(24,24,27,.96);color:#fafafa;font:16px/1.5 system-ui,sans-serif";
            const title = document.createElement("h2");
            title.id = "portalgen-overlay-title";
            title.textContent = "The site has errors: this is the last good version";
            const lines = document.createElement("pre");
            lines.id = "portalgen-overlay-lines";
            lines.style.cssText = "white-space:pre-wrap;font:14px/1.6 ui-monospace,monospace;color:#fecaca";
            lines.textContent = event.data;
            const dismiss = document.createElement("button");
            dismiss.type = "button";
            dismiss.textContent = "Dismiss";
            dismiss.addEventListener("click", clear);
            overlay.addEventListener("keydown", key => {
              if (key.key === "Escape") {
                clear();
              }
            });
            overlay.append(title, lines, dismiss);
            document.body.append(overlay);
            dismiss.focus();
          });
        })();

        """;

    /// <summary>The page with the script tag before its last <c>&lt;/body&gt;</c> (at the end when it has none).</summary>
    public static string Inject(string html)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + Tag : string.Concat(html.AsSpan(0, end), Tag, html.AsSpan(end));
    }
}
