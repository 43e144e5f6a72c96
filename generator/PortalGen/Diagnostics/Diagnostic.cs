namespace PortalGen.Diagnostics;

/// <summary>One problem found in the input: the single error currency of the pipeline.</summary>
/// <param name="Code">A stable identifier (PG0101) that tests and documentation can refer to.</param>
/// <param name="Hint">What to do about it, if something useful can be said.</param>
public sealed record Diagnostic(
    DiagnosticSeverity Severity,
    string Code,
    SourceSpan Span,
    string Message,
    string? Hint = null)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>The compiler-style line editors and their tools understand: <c>file:line:col: error: message (hint)</c>, always one line.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var hint = Hint is null ? "" : $" ({Hint})";
        return PrintableText.Of($"{Span}: {severity}: {Message}{hint}");
    }
}
