using System.Diagnostics;
using System.Globalization;
using System.Text;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Hardening;

/// <summary>
/// Random and mutated content (releases, and now and then site.yml and the registries) through the whole pipeline for a bounded time: whatever an editor writes, a build
/// ends in an outcome and diagnostics, never an exception. PORTALGEN_FUZZ_SEED replays one run;
/// PORTALGEN_FUZZ_SECONDS runs longer.
/// </summary>
public sealed class FuzzTests
{
    private const int FilesPerBuild = 100;

    [Test]
    public void Random_content_never_throws()
    {
        var seed = Setting("PORTALGEN_FUZZ_SEED") ?? Random.Shared.Next();
        var budget = TimeSpan.FromSeconds(Setting("PORTALGEN_FUZZ_SECONDS") ?? 10);
        TestContext.Out.WriteLine($"fuzz seed {seed} (replay with PORTALGEN_FUZZ_SEED={seed})");
        var documents = new RandomDocuments(new Random(seed));
        using var site = TestSite.Create(TestSite.Basics);
        var clock = Stopwatch.StartNew();
        var files = 0;
        for (var build = 0; clock.Elapsed < budget; build++)
        {
            Directory.CreateDirectory(Path.Combine(site.Root, "content", "news"));
            Directory.Delete(Path.Combine(site.Root, "content", "news"), recursive: true);
            var written = Enumerable.Range(0, FilesPerBuild).Select(i => ($"content/news/2020/f{i}.md", documents.Next()))
                .Concat(Txtar.Parse(TestSite.Basics).Select(file => (file.Path, documents.Registry(file.Text))))
                .ToList();
            foreach (var (path, bytes) in written)
            {
                site.WriteFile(path, bytes);
            }

            try
            {
                var result = site.Build(options => options with { OutputDirectory = null });
                Assert.That(result.Diagnostics.Where(d => d.IsError), result.Outcome == BuildOutcome.Succeeded ? Is.Empty : Is.Not.Empty);
            }
            catch (Exception e) when (e is not AssertionException)
            {
                Assert.Fail($"build {build} of seed {seed} threw {e}\n\nits files:\n{Describe(written)}");
            }

            files += FilesPerBuild;
        }

        TestContext.Out.WriteLine($"{files} files in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Describe(IEnumerable<(string Path, byte[] Bytes)> files) =>
        string.Join("\n", files.Select(f => $"-- {f.Path} --\n{Encoding.UTF8.GetString(f.Bytes)}"));
}
