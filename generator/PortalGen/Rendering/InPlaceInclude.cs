using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PortalGen.Rendering;

/// <summary>
/// Scriban's <c>include</c>, except that an include written as a statement renders straight into the including
/// template's output. Scriban's renders every include into a new StringBuilder, copies it out as a string, and
/// then empties that builder by setting its Length to 0, which for a builder of several chunks allocates a new
/// array of 1.2 times its length. The layout that base.html includes and the cards inside it were so copied and
/// allocated again at every level: an eighth of a build's CPU samples at 10,000 releases. An include whose value
/// is used (assigned, piped, passed on), or whose line is indented, goes through Scriban's own.
/// </summary>
internal sealed class InPlaceInclude : IncludeFunction
{
    public static readonly InPlaceInclude Instance = new();

    private InPlaceInclude()
    {
    }

    public override object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var caller = CallerOf(context, callerContext, arguments, "include");
        if (TemplateOf(context, caller, arguments) is not { } template)
        {
            return null;
        }

        if (!WritesInPlace(context, caller))
        {
            return context.RenderTemplate(template, arguments, caller);
        }

        Render(context, template, caller, arguments);
        return null;
    }

    /// <summary>
    /// A statement of its own whose line has no indent to carry: Scriban indents every line of an include
    /// written after spaces by those spaces, which needs the whole text first.
    /// </summary>
    public static bool WritesInPlace(TemplateContext context, ScriptNode caller) =>
        caller is ScriptFunctionCall { Parent: ScriptExpressionStatement } && string.IsNullOrEmpty(context.CurrentIndent);

    /// <summary>
    /// As Scriban's RenderTemplate, into the context's current output: the arguments as <c>$</c>, named arguments as
    /// locals, in a scope of its own. Only for an include that <see cref="WritesInPlace"/>: RenderTemplate also keeps
    /// the caller's newline state, which only an indented line or an unwritten value would see.
    /// </summary>
    public static void Render(TemplateContext context, Template template, ScriptNode caller, ScriptArray arguments)
    {
        // Named arguments are evaluated in the caller's scope, before the include's own is pushed.
        var named = NamedArgumentsOf(context, caller);
        context.EnterRecursive(caller);
        var indent = context.CurrentIndent;
        context.CurrentIndent = null;
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            foreach (var (name, value) in named ?? [])
            {
                context.SetValue(ScriptVariable.Create(name, ScriptVariableScope.Local), value, false, true);
            }

            Evaluate(context, template);
        }
        finally
        {
            context.PopLocal();
            context.CurrentIndent = indent;
            context.ExitRecursive(caller);
        }
    }

    private static void Evaluate(TemplateContext context, Template template)
    {
        if (template.Page is null)
        {
            return;
        }

        if (template.SourceFilePath is not null)
        {
            context.PushSourceFile(template.SourceFilePath);
        }

        try
        {
            if (context.Evaluate(template.Page) is { } result && context.EnableOutput)
            {
                context.Write(template.Page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                context.PopSourceFile();
            }
        }
    }

    private static List<(string Name, object? Value)>? NamedArgumentsOf(TemplateContext context, ScriptNode caller)
    {
        List<(string, object?)>? named = null;
        if (caller is ScriptFunctionCall call)
        {
            foreach (var argument in call.Arguments)
            {
                if (argument is ScriptNamedArgument { Name.Name: { } name, Value: { } value })
                {
                    (named ??= []).Add((name, value.Evaluate(context)));
                }
            }
        }

        return named;
    }
}
