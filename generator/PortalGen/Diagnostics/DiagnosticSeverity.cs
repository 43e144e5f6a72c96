namespace PortalGen.Diagnostics;

/// <summary>How bad a problem is: an error stops the build, a warning does not (unless strict).</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
