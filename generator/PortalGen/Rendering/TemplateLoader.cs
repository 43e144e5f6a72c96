using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PortalGen.Rendering;

/// <summary>
/// Resolves <c>include "partials/x.html"</c> to a template of the set: names are the set's keys,
/// so nothing outside templates/ (no '..', no absolute path) can ever be included.
/// </summary>
internal sealed class TemplateLoader(TemplateSet templates) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.Replace('\\', '/');
        if (!templates.Contains(name))
        {
            throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"there is no template '{templateName}' (includes are named from the templates folder, such as partials/header.html)");
        }

        return name;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        templates.SourceOf(templatePath).Text;

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
