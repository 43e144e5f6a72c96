namespace PortalGen.Parsing;

/// <summary>
/// The <c>event:</c> a release announces, checked: a start, an end not before it (null when none was written), and
/// web addresses that are absolute http or https.
/// </summary>
internal sealed record EventFrontMatter
{
    /// <summary>The event's own name; null when it takes the release's title.</summary>
    public string? Name { get; init; }

    public required PublishDate Start { get; init; }

    public PublishDate? End { get; init; }

    public string? VenueName { get; init; }

    public string? VenueAddress { get; init; }

    /// <summary>Where to join online.</summary>
    public string? Online { get; init; }

    /// <summary>Where to register.</summary>
    public string? Registration { get; init; }
}
