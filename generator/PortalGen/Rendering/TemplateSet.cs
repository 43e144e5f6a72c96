using System.Collections.Frozen;
using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using Scriban;

namespace PortalGen.Rendering;

/// <summary>
/// Every template of the site and the default theme, each parsed once: a site's file wins over the
/// theme's of the same name. Parsed templates are shared by all rendering threads; each render has
/// its own context.
/// </summary>
internal sealed class TemplateSet
{
    private readonly FrozenDictionary<string, (SourceFile Source, Template Template)> templates;

    private TemplateSet(FrozenDictionary<string, (SourceFile, Template)> templates) => this.templates = templates;

    public static TemplateSet Parse(ImmutableArray<SourceFile> siteTemplates, DiagnosticBag diagnostics)
    {
        var sources = new SortedDictionary<string, SourceFile>(EmbeddedTheme.Templates, StringComparer.Ordinal);
        foreach (var file in siteTemplates)
        {
            sources[file.RelativePath] = file;
        }

        var parsed = new Dictionary<string, (SourceFile, Template)>(StringComparer.Ordinal);
        foreach (var (name, source) in sources)
        {
            var template = Template.Parse(source.Text, name);
            UnindentedEscapes.Mark(template.Page);
            foreach (var message in template.Messages)
            {
                diagnostics.Add(new Diagnostic(
                    message.Type == Scriban.Parsing.ParserMessageType.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    DiagnosticCodes.TemplateSyntax,
                    PlaceOf(message, source),
                    "template: " + message.Message));
            }

            parsed[name] = (source, template);
        }

        return new TemplateSet(parsed.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>
    /// Where a parser message points; Scriban gives the end of the text no line (a template cut short inside a tag),
    /// and an editor must still be taken to the place: just after the last character.
    /// </summary>
    private static SourceSpan PlaceOf(Scriban.Parsing.LogMessage message, SourceFile source) =>
        message.Span.Start.Line < 0
            ? Diagnostics.SourceSpan.AtIndex(source.DisplayPath, source.Text, source.Text.Length)
            : Diagnostics.SourceSpan.FromZeroBased(source.DisplayPath, message.Span.Start.Line, message.Span.Start.Column);

    public bool Contains(string name) => templates.ContainsKey(name);

    public SourceFile SourceOf(string name) => templates[name].Source;

    public Template this[string name] => templates[name].Template;

    /// <summary>Hands the parsed templates to a new context, so includes are not parsed again per page.</summary>
    public void ShareWith(TemplateContext context)
    {
        foreach (var (name, entry) in templates)
        {
            context.CachedTemplates[name] = entry.Template;
        }
    }

    /// <summary>Where a text is first written in the templates (by name, ordinal), e.g. a link the link checker found broken.</summary>
    public SourceSpan? Find(string text)
    {
        foreach (var (source, _) in templates.Values.OrderBy(entry => entry.Source.RelativePath, StringComparer.Ordinal))
        {
            var index = source.Text.IndexOf(text, StringComparison.Ordinal);
            if (index >= 0)
            {
                return Diagnostics.SourceSpan.AtIndex(source.DisplayPath, source.Text, index);
            }
        }

        return null;
    }

    /// <summary>The display path of a template name, for diagnostics from Scriban's spans.</summary>
    public string DisplayPathOf(string? name) =>
        name is not null && templates.TryGetValue(name, out var entry) ? entry.Source.DisplayPath : name ?? "(template)";
}
