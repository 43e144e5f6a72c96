using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PortalGen.Rendering;

/// <summary>
/// A script object whose missing members read as null. Used only for free-form params, which differ
/// from file to file; every other view is strict, so a typo in a template is an error.
/// </summary>
internal sealed class LenientScriptObject : ScriptObject
{
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!base.TryGetValue(context, span, member, out value))
        {
            value = null;
        }

        return true;
    }
}
