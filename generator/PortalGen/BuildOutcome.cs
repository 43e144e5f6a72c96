namespace PortalGen;

/// <summary>How a build ended; the command line maps it to its exit code.</summary>
public enum BuildOutcome
{
    /// <summary>Built (warnings allowed): exit 0.</summary>
    Succeeded = 0,

    /// <summary>The content has errors an editor can fix: exit 1. Nothing was written.</summary>
    ContentErrors = 1,

    /// <summary>The input cannot be used at all (no content folder, an unsafe output folder): exit 2.</summary>
    UnusableInput = 2,
}
