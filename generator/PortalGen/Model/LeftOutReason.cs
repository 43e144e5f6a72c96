namespace PortalGen.Model;

/// <summary>Why a release is not in this build.</summary>
public enum LeftOutReason
{
    Draft,
    Future,
    Embargoed,
    Expired,
}
