using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PortalGen.Rendering;

/// <summary>What our include functions share with Scriban's: a template's name first, then any arguments, and the name's resolution.</summary>
internal abstract class IncludeFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index == 0 ? new ScriptParameterInfo(typeof(string), "template_name") : new ScriptParameterInfo(typeof(object), "value");

    public abstract object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The template named by the first argument, or null where the loader has none, as Scriban's include does.</summary>
    protected static Template? TemplateOf(TemplateContext context, ScriptNode caller, ScriptArray arguments)
    {
        var path = context.GetTemplatePathFromName(context.ObjectToString(arguments[0]), caller);
        return path is null ? null : context.GetOrCreateTemplate(path, caller);
    }

    /// <summary>The node that calls the function, for spans and recursion checks; an include needs at least a name.</summary>
    protected static ScriptNode CallerOf(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, string function) =>
        arguments.Count > 0 && (callerContext ?? context.CurrentNode) is { } caller
            ? caller
            : throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, $"Expecting at least the name of the template to include for the <{function}> function");
}
