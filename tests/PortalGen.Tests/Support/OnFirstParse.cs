using PortalGen.Diagnostics;

namespace PortalGen.Tests.Support;

/// <summary>
/// Runs an action once, when a build reports its first parsed file: after the site's files were listed and their
/// headers read, before any is copied, zipped or made into variants. It changes the disk under a running build.
/// </summary>
internal sealed class OnFirstParse(Action act) : IProgress<BuildProgress>
{
    private int done;

    public void Report(BuildProgress value)
    {
        if (value.Stage == BuildStage.Parsing && Interlocked.Exchange(ref done, 1) == 0)
        {
            act();
        }
    }
}
