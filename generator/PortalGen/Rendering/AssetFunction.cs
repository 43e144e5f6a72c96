using System.Collections.Frozen;
using PortalGen.Model;
using PortalGen.Planning;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PortalGen.Rendering;

/// <summary>
/// <c>asset "css/site.css"</c>: the theme file's fingerprinted <c>url</c> and its <c>integrity</c> digest, for a
/// <c>&lt;link&gt;</c> or <c>&lt;script&gt;</c> that loads exactly the bytes the page was built with. An unknown
/// name is a template error at the call, with the names there are.
/// </summary>
internal sealed class AssetFunction : IScriptCustomFunction
{
    private readonly FrozenDictionary<string, ScriptObject> views;

    public AssetFunction(ThemeAssets assets, UrlScheme urls) =>
        views = assets.ByName.ToFrozenDictionary(
            entry => entry.Key,
            entry => ReadOnlyViews.Freeze(new ScriptObject
            {
                ["url"] = urls.AssetHref("/" + entry.Value.OutputPath, UrlScheme.Home),
                ["integrity"] = entry.Value.Integrity,
            }),
            StringComparer.Ordinal);

    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(ScriptObject);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "name");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != 1 || arguments[0] is not string name)
        {
            throw new ScriptRuntimeException(span, "asset takes the name of one theme file below assets/, such as asset \"css/site.css\"");
        }

        return views.TryGetValue(name, out var view)
            ? view
            : throw new ScriptRuntimeException(span, $"there is no theme asset '{name}' (the names are {string.Join(", ", views.Keys.Order(StringComparer.Ordinal))})");
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));
}
