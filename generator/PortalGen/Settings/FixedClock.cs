namespace PortalGen.Settings;

/// <summary>A clock stopped at one instant: reproducible publication decisions in CI (--now) and in tests.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
