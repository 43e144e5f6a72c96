namespace PortalGen.Model;

/// <summary>The texts of a partner or topic in one language other than the default (each falls back to the default language's).</summary>
internal sealed record RegistryTexts(string Name, string ShortName, string? Description)
{
    /// <summary>A partner's boilerplate as HTML (<see cref="Partner.Boilerplate"/>).</summary>
    public string? Boilerplate { get; init; }
}
