using System.Collections.Concurrent;
using System.Globalization;
using Scriban;

namespace PortalGen.Rendering;

/// <summary>
/// Template contexts of one template set, kept between pages: a new context per page copied every parsed
/// template into its include cache and allocated its stacks again, for each of 16,000 pages at 10,000 releases.
/// A context serves one page at a time; one whose page failed is dropped, since a template error can leave it
/// in the middle of a loop or include.
/// </summary>
internal sealed class TemplateContextPool(TemplateSet templates)
{
    private readonly ConcurrentBag<TemplateContext> idle = [];

    public TemplateContext Rent()
    {
        if (!idle.TryTake(out var context))
        {
            context = Create();
        }

        context.PushCulture(CultureInfo.InvariantCulture);
        return context;
    }

    /// <summary>
    /// Takes back a context whose page rendered (Render has emptied its output): the page's globals and culture
    /// are popped. Not TemplateContext.Reset, which also empties the include cache, so every include was parsed
    /// again on every page. A context left with anything else pushed is dropped.
    /// </summary>
    public void Return(TemplateContext context)
    {
        context.PopGlobal();
        context.PopCulture();
        if (context is { GlobalCount: 1, OutputCount: 1, CultureCount: 0, SourceFileCount: 0 })
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
        return context;
    }
}
