namespace PortalGen.Planning;

/// <summary>One version of a page for hreflang links: its language (or x-default), the page, and its absolute URL.</summary>
internal sealed record PageAlternate(string Language, PlannedPage Page, string Permalink)
{
    /// <summary>The hreflang value for the version shown to readers whose language the site does not have.</summary>
    public const string XDefault = "x-default";
}
