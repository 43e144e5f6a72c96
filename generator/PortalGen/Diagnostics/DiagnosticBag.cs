using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace PortalGen.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage, from any thread, so that an editor sees
/// all mistakes of a run at once. Reading sorts them, so output never depends on thread timing.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> items = new();

    public void Add(Diagnostic diagnostic) => items.Enqueue(diagnostic);

    public void Error(string code, SourceSpan span, string message, string? hint = null) =>
        Add(new Diagnostic(DiagnosticSeverity.Error, code, span, message, hint));

    public void Warning(string code, SourceSpan span, string message, string? hint = null) =>
        Add(new Diagnostic(DiagnosticSeverity.Warning, code, span, message, hint));

    public bool HasErrors => items.Any(d => d.IsError);

    public bool HasWarnings => items.Any(d => !d.IsError);

    public ImmutableArray<Diagnostic> ToSortedArray() =>
        [.. items
            .Distinct()
            .OrderBy(d => d.Span.File, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
