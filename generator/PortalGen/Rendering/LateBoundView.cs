using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PortalGen.Rendering;

/// <summary>
/// A view some of whose members are made when a template first reads them, then kept: a release's prev, next
/// and related views, or the list of every release, would otherwise make every release's view before the first
/// page renders, which the preview server paid on every save. A template that assigns one replaces it as usual.
/// Members are made without a lock: what they make is alike whoever makes it, and entering Lazy's default lock
/// per member showed in 6 % of a 10,000-release build's CPU samples on a loaded machine.
/// </summary>
internal sealed class LateBoundView : ScriptObject
{
    private readonly Dictionary<string, Lazy<object?>> late = new(StringComparer.Ordinal);

    /// <param name="capacity">
    /// The members the view will hold: a page's globals and views are made per page, and growing their table from
    /// empty allocated it four times over.
    /// </param>
    public LateBoundView(int capacity = 0)
        : base(capacity, autoImportStaticsFromThisType: false)
    {
    }

    /// <summary>Adds a member made on first read; it is listed among the view's members from the start.</summary>
    public void Late(string member, Func<object?> make)
    {
        this[member] = null;
        late[member] = new Lazy<object?>(make, LazyThreadSafetyMode.PublicationOnly);
    }

    /// <remarks>
    /// A late member holds null among the view's members until a template assigns it, which ends its lateness, so
    /// only a null needs the second look-up: reading every member twice was most of this view's cost.
    /// </remarks>
    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        var found = base.TryGetValue(context, span, member, out value);
        if (value is null && late.Count > 0 && late.TryGetValue(member, out var made))
        {
            value = made.Value;
            return true;
        }

        return found;
    }

    public override bool TrySetValue(TemplateContext? context, SourceSpan span, string member, object? value, bool readOnly)
    {
        var set = base.TrySetValue(context, span, member, value, readOnly);
        if (set)
        {
            late.Remove(member);
        }

        return set;
    }
}
