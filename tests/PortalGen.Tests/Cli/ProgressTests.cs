using System.Collections.Concurrent;
using PortalGen.Diagnostics;
using PortalGen.Tests.Support;
using static PortalGen.Tests.Support.PortalGenCommand;

namespace PortalGen.Tests.Cli;

/// <summary>Build progress: the library tells every stage and step; redirected output stays plain.</summary>
[NonParallelizable]
public sealed class ProgressTests
{
    /// <summary>Records reports as they come, on the reporting thread (Progress&lt;T&gt; would post them later).</summary>
    private sealed class Recorder : IProgress<BuildProgress>
    {
        public ConcurrentQueue<BuildProgress> Reports { get; } = new();

        public void Report(BuildProgress value) => Reports.Enqueue(value);
    }

    [Test]
    public void A_build_reports_each_stage_in_order_and_every_page_rendered()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "title: X\ndate: 2020-12-02") + Release.File("2020/y.md", "title: Y\ndate: 2020-12-03"));
        var recorder = new Recorder();

        var result = site.BuildOk(options => options with { Progress = recorder });

        var reports = recorder.Reports.ToList();
        Assert.Multiple(() =>
        {
            Assert.That(reports.Select(r => r.Stage).Distinct(), Is.EqualTo(new[] { BuildStage.Loading, BuildStage.Parsing, BuildStage.Rendering, BuildStage.Images, BuildStage.Writing }));
            Assert.That(reports.Where(r => r.Stage == BuildStage.Parsing).Max(r => r.Done), Is.EqualTo(2));
            Assert.That(reports.Where(r => r.Stage == BuildStage.Rendering).Select(r => r.Done).Order(), Is.EqualTo(Enumerable.Range(0, result.Pages + 1)));
            Assert.That(reports.Where(r => r.Stage == BuildStage.Rendering).Select(r => r.Total).Distinct(), Is.EqualTo(new[] { result.Pages }));
        });
    }

    [Test]
    public void Redirected_output_has_no_progress_only_the_summary()
    {
        using var site = TestSite.Create(TestSite.Basics + Release.File("2020/x.md", "title: X\ndate: 2020-12-02"));

        var (_, output, error) = RunIn(site.Root, "build", "--now", "2026-11-27T12:00:00Z");

        Assert.Multiple(() =>
        {
            Assert.That(output, Does.Match(@"^Built \d+ pages \(1 releases\) and copied \d+ files into public in \d+\.\d\d s\.\n$"));
            Assert.That(error, Is.Empty);
        });
    }
}
