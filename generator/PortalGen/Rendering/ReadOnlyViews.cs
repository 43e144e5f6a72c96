using PortalGen.Model;
using Scriban.Runtime;

namespace PortalGen.Rendering;

/// <summary>
/// Makes script objects read-only once built: views are shared by every page and thread, so no
/// template may change one. Free-form params become lenient objects (a missing key reads as null).
/// </summary>
internal static class ReadOnlyViews
{
    /// <summary>The <c>t</c> that templates see: the theme's words, read-only.</summary>
    public static ScriptObject OfTexts(UiTexts texts)
    {
        var view = new ScriptObject();
        foreach (var (key, text) in texts.Entries)
        {
            view[key] = text;
        }

        return Freeze(view);
    }

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

    /// <summary>
    /// A member made on first read and kept: Scriban calls a parameterless function where a template reads it.
    /// Views are built for every release of the archive, yet a preview renders only the pages asked for.
    /// Made without a lock (<see cref="LateBoundView"/> says why).
    /// </summary>
    public static IScriptCustomFunction Lazily(Func<string> make)
    {
        var made = new Lazy<string>(make, LazyThreadSafetyMode.PublicationOnly);
        return TextFunction.OfNothing(() => made.Value);
    }

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
