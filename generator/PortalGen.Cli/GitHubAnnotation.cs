using PortalGen.Diagnostics;

namespace PortalGen.Cli;

/// <summary>A diagnostic as a GitHub Actions workflow command, so it shows on the changed line of a pull request.</summary>
internal static class GitHubAnnotation
{
    public static string Format(Diagnostic diagnostic)
    {
        var command = diagnostic.IsError ? "error" : "warning";
        var place = diagnostic.Span.HasLine
            ? $"file={Escape(diagnostic.Span.File, property: true)},line={diagnostic.Span.Line},col={diagnostic.Span.Column}"
            : $"file={Escape(diagnostic.Span.File, property: true)}";
        var message = diagnostic.Hint is null ? diagnostic.Message : $"{diagnostic.Message} ({diagnostic.Hint})";
        return $"::{command} {place},title={diagnostic.Code}::{Escape(message, property: false)}";
    }

    /// <summary>
    /// The escaping GitHub's runner expects: % and line breaks always, ':' and ',' in properties; control and
    /// format characters of quoted input shown as in the plain line, so they cannot end or reorder the command.
    /// </summary>
    private static string Escape(string text, bool property)
    {
        var escaped = PrintableText.Of(text).Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        return property ? escaped.Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal) : escaped;
    }
}
