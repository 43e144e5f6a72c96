using System.Diagnostics;
using System.Globalization;
using System.Text;
using PortalGen.Loading;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Hardening;

/// <summary>
/// Random and mutated content (releases, and now and then site.yml, the registries or a template of the theme) through the whole pipeline for a bounded time: whatever an editor writes, a build
/// ends in an outcome and diagnostics, never an exception, and every diagnostic on a file written names its line. PORTALGEN_FUZZ_SEED replays one run;
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
        var random = new Random(seed);
        var documents = new RandomDocuments(random);
        using var site = TestSite.Create(TestSite.Basics);
        var clock = Stopwatch.StartNew();
        var files = 0;
        for (var build = 0; clock.Elapsed < budget; build++)
        {
            foreach (var folder in new[] { "content/news", "templates" })
            {
                Directory.CreateDirectory(Path.Combine(site.Root, folder));
                Directory.Delete(Path.Combine(site.Root, folder), recursive: true);
            }

            var written = Enumerable.Range(0, FilesPerBuild).Select(i => (Path: $"content/news/2020/f{i}.md", Bytes: documents.Next()))
                .Concat(Txtar.Parse(TestSite.Basics).Select(file => (file.Path, documents.Registry(file.Text))))
                .Concat(random.Next(4) == 0 ? [DamagedTemplate(random, documents)] : [])
                .ToList();
            foreach (var (path, bytes) in written)
            {
                site.WriteFile(path, bytes);
            }

            try
            {
                var result = site.Build(options => options with { OutputDirectory = null });
                Assert.That(result.Diagnostics.Where(d => d.IsError), result.Outcome == BuildOutcome.Succeeded ? Is.Empty : Is.Not.Empty);
                var paths = written.Select(file => file.Path).ToHashSet(StringComparer.Ordinal);
                Assert.That(result.Diagnostics.Where(d => paths.Contains(d.Span.File) && !d.Span.HasLine).Select(d => d.ToString()), Is.Empty, $"every mistake in an edited file at its line, build {build} of seed {seed}");
            }
            catch (Exception e) when (e is not AssertionException)
            {
                Assert.Fail($"build {build} of seed {seed} threw {e}\n\nits files:\n{Describe(written)}");
            }

            files += FilesPerBuild;
        }

        TestContext.Out.WriteLine($"{files} files in {clock.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>One of the theme's templates, damaged, as the site's own copy of it (an editor's slip in a theme edit).</summary>
    private static (string Path, byte[] Bytes) DamagedTemplate(Random random, RandomDocuments documents)
    {
        var (name, source) = EmbeddedTheme.Templates.ElementAt(random.Next(EmbeddedTheme.Templates.Count));
        return ($"templates/{name}", documents.Damaged(source.Text));
    }

    private static int? Setting(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Describe(IEnumerable<(string Path, byte[] Bytes)> files) =>
        string.Join("\n", files.Select(f => $"-- {f.Path} --\n{Encoding.UTF8.GetString(f.Bytes)}"));
}
