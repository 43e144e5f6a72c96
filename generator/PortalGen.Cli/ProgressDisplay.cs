using PortalGen.Diagnostics;
using PortalGen.Settings;
using Spectre.Console;

namespace PortalGen.Cli;

/// <summary>
/// Runs a build with a live progress line per stage on an interactive terminal; elsewhere (CI, redirected
/// output, tests) it just runs it, so logs keep exactly the plain lines they always had.
/// </summary>
internal static class ProgressDisplay
{
    public static BuildResult Run(BuildOptions options, TextWriter output)
    {
        if (!Terminal.IsInteractive(output))
        {
            return Build.Run(options);
        }

        return AnsiConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(context => Build.Run(options with { Progress = new StageTasks(context) }));
    }

    /// <summary>One task per stage, made when the stage first reports; called from the build's worker threads.</summary>
    private sealed class StageTasks(ProgressContext context) : IProgress<BuildProgress>
    {
        private readonly Dictionary<BuildStage, ProgressTask> tasks = [];

        public void Report(BuildProgress value)
        {
            lock (tasks)
            {
                if (!tasks.TryGetValue(value.Stage, out var task))
                {
                    task = tasks[value.Stage] = context.AddTask(value.Stage.ToString(), maxValue: Math.Max(1, value.Total));
                }

                // Steps arrive from several threads, not always in order: never move back.
                task.Value = Math.Max(task.Value, value.Done);
            }
        }
    }
}
