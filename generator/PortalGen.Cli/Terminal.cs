namespace PortalGen.Cli;

/// <summary>Where the command's output goes: a person at a terminal, or CI and redirected logs that want plain lines.</summary>
internal static class Terminal
{
    public static bool InCi { get; } = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>True only for the real console attached to a terminal outside CI; tests pass their own writers.</summary>
    public static bool IsInteractive(TextWriter output) =>
        !InCi && ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
}
