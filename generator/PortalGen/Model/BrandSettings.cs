using PortalGen.Diagnostics;

namespace PortalGen.Model;

/// <summary>site.yml's <c>brand:</c> block: the header's logo and the colour of links, buttons and placeholders.</summary>
internal sealed record BrandSettings
{
    /// <summary>A file in static/ (/brand/logo.svg), shown in the header in place of the title; null shows the title as text.</summary>
    public string? Logo { get; init; }

    /// <summary>Where site.yml names the logo: the file is checked once the static files are known.</summary>
    public SourceSpan LogoSpan { get; init; }

    /// <summary>A file in static/ (/brand/icon.svg) the favicon set is drawn from; null draws a monogram of the site's title.</summary>
    public string? Favicon { get; init; }

    /// <summary>Where site.yml names the favicon: the file is checked once the static files are known.</summary>
    public SourceSpan FaviconSpan { get; init; }

    /// <summary>The site's colour (#rrggbb), or null to take the social cards' (<see cref="SiteSettings.Accent"/>).</summary>
    public string? Accent { get; init; }
}
