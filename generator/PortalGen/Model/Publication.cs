namespace PortalGen.Model;

/// <summary>The paper a release reports on (<c>publication:</c>).</summary>
/// <param name="Date">The day it was published, as yyyy-MM-dd.</param>
internal sealed record Publication(string Title, string? Journal, string? Date);
