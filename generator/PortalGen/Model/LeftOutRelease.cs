namespace PortalGen.Model;

/// <summary>A release the publication rules kept out of this build, for the build summary and --verbose.</summary>
/// <param name="Until">The instant that decided it: the future date, the embargo's end or the expiry; null for a draft.</param>
public sealed record LeftOutRelease(string SourcePath, LeftOutReason Reason, DateTimeOffset? Until = null);
