using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PortalGen.Rendering;

/// <summary>
/// A template function of at most one text argument that returns text, called directly: Scriban calls an
/// imported delegate through DynamicInvoke and reflection, which took half of the rendering time at 10,000
/// releases, since html.escape runs for every title of every list.
/// </summary>
internal sealed class TextFunction : IScriptCustomFunction
{
    private readonly Func<string?, string> call;

    private TextFunction(int parameterCount, Func<string?, string> call)
    {
        ParameterCount = parameterCount;
        RequiredParameterCount = parameterCount;
        this.call = call;
    }

    /// <summary>A function of one text, as <c>text | html.escape</c> calls it.</summary>
    public static TextFunction OfText(Func<string?, string> call) => new(1, call);

    /// <summary>A function without arguments, which a template calls where it reads the member.</summary>
    public static TextFunction OfNothing(Func<string> call) => new(0, _ => call());

    public int RequiredParameterCount { get; }

    public int ParameterCount { get; }

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "text");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != ParameterCount)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, $"Invalid number of arguments `{arguments.Count}` passed to `{callerContext}` while expecting `{ParameterCount}` arguments");
        }

        return call(ParameterCount == 0 ? null : TextOf(context, callerContext, arguments[0]));
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>As Scriban converts an argument for a string parameter: numbers and other values in the page's culture.</summary>
    private static string? TextOf(TemplateContext context, ScriptNode? callerContext, object? value) =>
        value is null or string ? (string?)value : context.ToObject<string>(callerContext?.Span ?? default, value);
}
