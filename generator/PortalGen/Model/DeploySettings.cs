namespace PortalGen.Model;

/// <summary>site.yml's <c>deploy:</c>: what the build adds for the host that serves the site.</summary>
internal sealed record DeploySettings
{
    /// <summary>Write <c>_headers</c> (Netlify, Cloudflare Pages) with the security and caching headers; on by default.</summary>
    public bool Headers { get; init; } = true;

    /// <summary>Minify every page's HTML; off by default (the pages are small and their source stays readable).</summary>
    public bool MinifyHtml { get; init; }
}
