using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Modeling;

/// <summary>
/// Warns of a release that still holds the sentences <c>portalgen new</c> wrote for the editor to replace. A draft
/// left out of the build is unfinished by definition and not warned of; a release published, scheduled, or a
/// draft published with --drafts is.
/// </summary>
internal static class PlaceholderWarnings
{
    public static void Report(ContentDocument document, LeftOutReason? leftOut, DiagnosticBag diagnostics)
    {
        if (leftOut == LeftOutReason.Draft)
        {
            return;
        }

        foreach (var placeholder in document.Placeholders)
        {
            diagnostics.Warning(DiagnosticCodes.PlaceholderTextLeft, placeholder.Span, $"the release still holds the placeholder '{placeholder.Value}'", "replace the placeholder text written by portalgen new");
        }
    }
}
