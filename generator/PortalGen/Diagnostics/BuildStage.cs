namespace PortalGen.Diagnostics;

/// <summary>The stages a build reports progress for, in the order they run.</summary>
public enum BuildStage
{
    Loading,
    Parsing,
    Rendering,
    Writing,
}
