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
    /// <summary>
    /// Scriban imports a derived script object's static members by reflection on every construction; this type
    /// has none to offer, and two are made per release, so a large archive paid for that reflection thousands of times.
    /// </summary>
    public LenientScriptObject()
        : base(capacity: 0, autoImportStaticsFromThisType: false)
    {
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (!base.TryGetValue(context, span, member, out value))
        {
            value = null;
        }

        return true;
    }
}
