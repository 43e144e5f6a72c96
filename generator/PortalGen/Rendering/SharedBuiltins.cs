using Scriban.Functions;
using Scriban.Runtime;

namespace PortalGen.Rendering;

/// <summary>
/// Scriban's builtin functions (string, array, date, ...), made once and frozen, for every page's context:
/// a new TemplateContext otherwise deep-copies all of them, which was an eighth of the rendering time.
/// Frozen, so a template that assigns to one (date.format = ...) fails instead of changing other pages.
/// <c>include</c> is our <see cref="InPlaceInclude"/>.
/// </summary>
internal static class SharedBuiltins
{
    public static readonly BuiltinFunctions Object = Create();

    /// <summary>Makes the builtins now, if no page has yet.</summary>
    public static void Prepare() => GC.KeepAlive(Object);

    private static BuiltinFunctions Create()
    {
        var builtins = new BuiltinFunctions();
        builtins.Remove("include");
        builtins.SetValue("include", InPlaceInclude.Instance, true);
        foreach (var member in builtins.Values.OfType<IScriptObject>())
        {
            member.IsReadOnly = true;
        }

        ((IScriptObject)builtins).IsReadOnly = true;
        return builtins;
    }
}
