namespace PortalGen.Parsing;

/// <summary>A date from front matter: the instant, and whether the editor gave a time of day.</summary>
internal readonly record struct PublishDate(DateTimeOffset Instant, bool HasTime);
