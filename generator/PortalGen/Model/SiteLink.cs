namespace PortalGen.Model;

/// <summary>A link that stays on the site's host, taken apart for the link checker.</summary>
/// <param name="Path">The path below the site root (news/2020/x/), or null when the link leaves the site's base path.</param>
/// <param name="Fragment">The id after '#', if any.</param>
internal sealed record SiteLink(string? Path, string? Fragment);
