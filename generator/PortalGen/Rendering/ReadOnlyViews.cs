using Scriban.Runtime;

namespace PortalGen.Rendering;

/// <summary>
/// Makes script objects read-only once built: views are shared by every page and thread, so no
/// template may change one. Free-form params become lenient objects (a missing key reads as null).
/// </summary>
internal static class ReadOnlyViews
{
    public static ScriptObject Params(IEnumerable<KeyValuePair<string, object?>> values)
    {
        var view = new LenientScriptObject();
        foreach (var (key, value) in values)
        {
            view[key] = PlainToScript(value);
        }

        return Freeze(view);
    }

    private static object? PlainToScript(object? value) => value switch
    {
        IDictionary<string, object?> map => Params(map),
        IList<object?> list => FreezeArray(list.Select(PlainToScript)),
        _ => value,
    };

    public static ScriptObject Freeze(ScriptObject view)
    {
        ((IScriptObject)view).IsReadOnly = true;
        return view;
    }

    public static ScriptArray FreezeArray(IEnumerable<object?> items)
    {
        var array = new ScriptArray(items);
        ((IScriptObject)array).IsReadOnly = true;
        return array;
    }
}
