namespace PortalGen.Model;

/// <summary>The event a release announces: when, where, how to join and register.</summary>
internal sealed record ReleaseEvent
{
    /// <summary>The event's name, the release's title unless the editor named it.</summary>
    public required string Name { get; init; }

    public required DateTimeOffset Start { get; init; }

    /// <summary>The instant it is over (for an all-day event, the midnight after its last day): from then on it is past.</summary>
    public required DateTimeOffset End { get; init; }

    /// <summary>True when the editor gave days only: calendars show it as all-day, pages show no time of day.</summary>
    public bool AllDay { get; init; }

    public string? VenueName { get; init; }

    public string? VenueAddress { get; init; }

    /// <summary>Where to join online.</summary>
    public string? Online { get; init; }

    /// <summary>Where to register.</summary>
    public string? Registration { get; init; }

    public bool HasVenue => VenueName is not null || VenueAddress is not null;

    /// <summary>Upcoming until it is over, so an event under way is still listed as upcoming.</summary>
    public bool IsUpcoming(DateTimeOffset now) => now < End;
}
