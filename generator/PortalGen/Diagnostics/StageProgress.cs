namespace PortalGen.Diagnostics;

/// <summary>Counts one stage's items from any thread and reports each step, when someone listens.</summary>
internal sealed class StageProgress
{
    private readonly IProgress<BuildProgress>? listener;
    private readonly BuildStage stage;
    private readonly int total;
    private int done;

    public StageProgress(IProgress<BuildProgress>? listener, BuildStage stage, int total)
    {
        (this.listener, this.stage, this.total) = (listener, stage, total);
        listener?.Report(new BuildProgress(stage, 0, total));
    }

    public void Step() => listener?.Report(new BuildProgress(stage, Interlocked.Increment(ref done), total));
}
