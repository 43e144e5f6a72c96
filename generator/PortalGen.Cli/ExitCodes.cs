namespace PortalGen.Cli;

/// <summary>The exit codes CI scripts rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
    public const int InternalError = 3;

    public static int Of(BuildOutcome outcome) => outcome switch
    {
        BuildOutcome.Succeeded => Success,
        BuildOutcome.ContentErrors => ContentErrors,
        _ => Usage,
    };
}
