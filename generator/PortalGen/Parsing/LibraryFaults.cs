namespace PortalGen.Parsing;

/// <summary>
/// Tells an exception that a parsing library threw over an editor's text from a bug of ours. Markdig and YamlDotNet
/// refuse some inputs with plain .NET exceptions (ArgumentException, InvalidOperationException) and no position,
/// and we catch those types only when the library itself threw them: the same type thrown by our own code, say by
/// one of our Markdig extensions, is a bug and must end as an internal error, never as the editor's mistake.
/// </summary>
internal static class LibraryFaults
{
    /// <summary>Whether the innermost frame of <paramref name="exception"/>'s stack is in <paramref name="library"/> (a root namespace such as "YamlDotNet").</summary>
    /// <remarks>
    /// The stack's text, because it is all Native AOT keeps by default (no TargetSite there); a frame reads
    /// "   at YamlDotNet.Core.Scanner.ScanPlainScalar()" under the JIT and "... + 0x1a5" under AOT alike.
    /// </remarks>
    public static bool ThrownBy(Exception exception, string library)
    {
        var trace = exception.StackTrace.AsSpan().TrimStart();
        return trace.StartsWith("at ", StringComparison.Ordinal) && trace[3..].StartsWith(library + ".", StringComparison.Ordinal);
    }

    /// <summary>Markdig's own stop at a nesting depth that would overflow the stack (it knows no position).</summary>
    public static bool IsMarkdigDepthLimit(ArgumentException exception) =>
        ThrownBy(exception, "Markdig") && exception.Message.Contains("too deeply nested", StringComparison.Ordinal);

    /// <summary>
    /// PdfPig's refusal of a damaged PDF: its own format exception, or a plain .NET one (an index past the data, a
    /// missing key) that its parsers throw over a file they cannot make sense of.
    /// </summary>
    public static bool IsPdfPigFault(Exception exception) =>
        exception is UglyToad.PdfPig.Core.PdfDocumentFormatException
        || (exception is InvalidOperationException or ArgumentException or IndexOutOfRangeException or KeyNotFoundException or FormatException
            && ThrownBy(exception, "UglyToad.PdfPig"));

    /// <summary>YamlDotNet's failures without a position: its scanner on some unclosed '[' or '{', its node loader on "- :".</summary>
    public static bool IsYamlDotNetFault(Exception exception) =>
        exception is InvalidOperationException or ArgumentException && ThrownBy(exception, "YamlDotNet");
}
