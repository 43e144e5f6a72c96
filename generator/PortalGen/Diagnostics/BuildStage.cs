namespace PortalGen.Diagnostics;

/// <summary>The stages a build reports progress for, in the order they run.</summary>
public enum BuildStage
{
    Loading,
    Parsing,
    Rendering,
    Writing,

    /// <summary>Making photos' variants: after rendering, before writing (numbered last, as it came last).</summary>
    Images,
}
