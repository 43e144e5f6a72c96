namespace PortalGen.Model;

/// <summary>
/// site.yml's <c>editor:</c>: the browser editor at /admin/ (Decap CMS), which commits releases to the site's
/// repository. Present only when the site turns it on.
/// </summary>
internal sealed record EditorSettings
{
    /// <summary>The pinned release whose script, from unpkg, the integrity below matches.</summary>
    public const string DefaultCmsUrl = "https://unpkg.com/decap-cms@3.16.3/dist/decap-cms.js";

    public const string DefaultCmsIntegrity = "sha384-A/Gdn928CNLufmnGWGs9RM4Q9o8bSNLeJERqBFrBjwzL7FRpoLT3MPF8Tl0+Wd2p";

    /// <summary>The GitHub repository the editor commits to, owner/name.</summary>
    public required string Repository { get; init; }

    public string Branch { get; init; } = "main";

    /// <summary>The OAuth client that logs editors in to GitHub (Decap's base_url); null on Netlify, which provides one.</summary>
    public string? AuthUrl { get; init; }

    /// <summary>Where the page loads Decap CMS from: an https URL or a path on the site itself (self-hosted).</summary>
    public string CmsUrl { get; init; } = DefaultCmsUrl;

    /// <summary>The script's Subresource Integrity digest; null only for a self-hosted script, which needs none.</summary>
    public string? CmsIntegrity { get; init; } = DefaultCmsIntegrity;
}
