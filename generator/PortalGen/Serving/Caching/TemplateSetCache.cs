using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Rendering;

namespace PortalGen.Serving.Caching;

/// <summary>
/// The parsed templates kept while no template file changes: a content save must not pay for parsing the
/// theme again. The site's template files come from the <see cref="SourceFileCache"/>, so unchanged means the same objects.
/// </summary>
internal sealed class TemplateSetCache
{
    private ImmutableArray<SourceFile> sources = [];
    private TemplateSet? parsed;
    private ImmutableArray<Diagnostic> messages = [];

    public TemplateSet Parse(ImmutableArray<SourceFile> siteTemplates, DiagnosticBag diagnostics)
    {
        if (parsed is null || !Enumerable.SequenceEqual<SourceFile>(sources, siteTemplates, ReferenceEqualityComparer.Instance))
        {
            var own = new DiagnosticBag();
            parsed = TemplateSet.Parse(siteTemplates, own);
            messages = own.ToSortedArray();
            sources = siteTemplates;
        }

        foreach (var message in messages)
        {
            diagnostics.Add(message);
        }

        return parsed;
    }
}
