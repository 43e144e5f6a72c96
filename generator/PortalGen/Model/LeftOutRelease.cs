namespace PortalGen.Model;

/// <summary>A release the publication rules kept out of this build, for the build summary.</summary>
public sealed record LeftOutRelease(string SourcePath, LeftOutReason Reason);
