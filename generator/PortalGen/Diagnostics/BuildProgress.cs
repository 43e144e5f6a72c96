namespace PortalGen.Diagnostics;

/// <summary>How far a stage has come: <paramref name="Done"/> of <paramref name="Total"/> items (files, pages).</summary>
public sealed record BuildProgress(BuildStage Stage, int Done, int Total);
