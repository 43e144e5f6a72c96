using PortalGen.Planning;

namespace PortalGen.Checking;

/// <summary>A page as rendered, kept in memory for the link checker.</summary>
internal sealed record RenderedPage(PlannedPage Page, string Html);
