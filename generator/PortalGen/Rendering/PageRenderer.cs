using PortalGen.Diagnostics;
using PortalGen.Planning;
using Scriban.Syntax;

namespace PortalGen.Rendering;

/// <summary>
/// Renders planned pages through layouts/base.html, which includes the kind's own layout.
/// One TemplateContext per page at a time (pooled) over the shared parsed templates and views, so pages render in parallel.
/// </summary>
/// <param name="stopAtFirstError">
/// For a build: cancelled by the first runtime error of a template, which stops every other page, those rendering
/// now within a loop step and those not yet begun (<see cref="Stopped"/>). A partial that loops forever otherwise ran
/// to the loop limit on every page that includes it, almost a minute for the sample site, to report the one same
/// error. The preview server, which renders a page when it is asked for, passes none.
/// </param>
/// <param name="preview">Marks every page of a preview build; null for the real site.</param>
/// <param name="minify">Minifies every page's HTML (site.yml: deploy.minify_html).</param>
internal sealed class PageRenderer(TemplateSet templates, LanguageViews views, CancellationTokenSource? stopAtFirstError = null, PreviewMark? preview = null, bool minify = false)
{
    private readonly TemplateContextPool contexts = new(templates);

    public const string BaseLayout = "layouts/base.html";

    /// <summary>Loops may run over every release of a large archive, yet a template that never ends must stop.</summary>
    public const int LoopLimit = 10_000_000;

    /// <summary>Scriban's default cuts output at 1 MiB and ends it with "..."; a large index page must never be silently cut.</summary>
    public const int OutputLimit = 256 * 1024 * 1024;

    /// <summary>This renderer over the same templates and views, stopping at the first runtime error (a build's, which renders every page).</summary>
    public PageRenderer StoppingAtFirstError(CancellationTokenSource stop) => new(templates, views, stop, preview, minify);

    /// <summary>True once a template failed with <c>stopAtFirstError</c>: no page renders after that.</summary>
    public bool Stopped => stopAtFirstError?.IsCancellationRequested == true;

    /// <summary>The HTML of the page as a string, or null with a diagnostic when its template fails.</summary>
    public string? Render(PlannedPage page, DiagnosticBag diagnostics)
    {
        string? html = null;
        return Render(page, diagnostics, text => html = new string(text)) ? html : null;
    }

    /// <summary>
    /// Renders the page and hands its HTML to <paramref name="write"/>, which must be done with the text when it
    /// returns: the text lives in a buffer that the next page rendered by the same context overwrites. False, with
    /// a diagnostic, when the page's template fails.
    /// </summary>
    public bool Render(PlannedPage page, DiagnosticBag diagnostics, Action<ReadOnlySpan<char>> write)
    {
        var layout = $"layouts/{TemplateViews.TemplateNameOf(page.Kind)}.html";
        if (!templates.Contains(layout))
        {
            diagnostics.Error(DiagnosticCodes.TemplateMissing, SourceSpan.WholeFile(layout), $"there is no template {layout} for the {TemplateViews.TemplateNameOf(page.Kind)} pages");
            return false;
        }

        if (Stopped)
        {
            return false;
        }

        var (context, output) = contexts.Rent(stopAtFirstError?.Token ?? CancellationToken.None);
        var globals = views.GlobalsOf(page);
        globals["layout"] = layout;
        globals["html"] = HtmlTemplateFunctions.Object;
        context.PushGlobal(globals);
        try
        {
            // Render, not Evaluate: it starts the count of OutputLimit afresh for each page.
            templates[BaseLayout].Render(context);
            var html = preview is null ? output.Text : preview.Mark(output.Text);
            write(minify ? HtmlMinifier.Minify(html) : html);
            contexts.Return(context);
            return true;
        }
        catch (ScriptAbortException) when (Stopped)
        {
            // Stopped by another page's error, which is the one reported.
            return false;
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(
                DiagnosticCodes.TemplateRuntime,
                Diagnostics.SourceSpan.FromZeroBased(templates.DisplayPathOf(e.Span.FileName), e.Span.Start.Line, e.Span.Start.Column),
                "template: " + e.OriginalMessage);
            stopAtFirstError?.Cancel();

            return false;
        }
    }
}
