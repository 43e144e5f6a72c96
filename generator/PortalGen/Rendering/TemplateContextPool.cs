using System.Collections.Concurrent;
using System.Globalization;
using Scriban;

namespace PortalGen.Rendering;

/// <summary>
/// Template contexts of one template set, kept between pages: a new context per page copied every parsed
/// template into its include cache and allocated its stacks again, for each of 16,000 pages at 10,000 releases.
/// A context serves one page at a time; one whose page failed is dropped, since a template error can leave it
/// in the middle of a loop or include. Each context renders into its own <see cref="TextBufferOutput"/>, pushed
/// over Scriban's StringBuilder output when the context is made and kept with it.
/// </summary>
internal sealed class TemplateContextPool(TemplateSet templates)
{
    private readonly ConcurrentBag<TemplateContext> idle = [];

    /// <summary>A context for one page, with its output empty.</summary>
    /// <param name="stop">Ends the page's loops (Scriban checks it at each step) when another page's template failed.</param>
    public (TemplateContext Context, TextBufferOutput Output) Rent(CancellationToken stop)
    {
        if (!idle.TryTake(out var context))
        {
            context = Create();
        }

        context.CancellationToken = stop;

        var output = (TextBufferOutput)context.Output;
        output.Clear();
        context.PushCulture(CultureInfo.InvariantCulture);
        return (context, output);
    }

    /// <summary>
    /// Takes back a context whose page rendered and was written: the page's globals and culture are popped. Not
    /// TemplateContext.Reset, which also empties the include cache, so every include was parsed again on every
    /// page. A context left with anything else pushed is dropped.
    /// </summary>
    public void Return(TemplateContext context)
    {
        context.PopGlobal();
        context.PopCulture();
        if (context is { GlobalCount: 1, OutputCount: 2, CultureCount: 0, SourceFileCount: 0 })
        {
            idle.Add(context);
        }
    }

    private TemplateContext Create()
    {
        var context = new TemplateContext(SharedBuiltins.Object)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = PageRenderer.LoopLimit,
            OutputLimit = PageRenderer.OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            LimitToString = PageRenderer.OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            TemplateLoader = new TemplateLoader(templates),
            NewLine = "\n",
        };
        templates.ShareWith(context);
        context.PushOutput(new TextBufferOutput());
        return context;
    }
}
