using Microsoft.Playwright;
using PortalGen.BrowserTests.Support;
using PortalGen.Settings;

namespace PortalGen.BrowserTests;

/// <summary>
/// A large site's search index is split into files fetched as queries need them (search_split). The sample site is
/// built a second time with every release past the split, and the same queries must find the same releases in the
/// same order as with the one-file index, while fetching only some of the files.
/// </summary>
public sealed class SplitSearchTests
{
    // Terms of three letters or more: a split index matches shorter ones as whole words only (documented).
    private static readonly string[] Queries = ["tübingen", "Max Planck", "learning research", "nothingmatchesthis"];

    [Test]
    public async Task A_split_index_finds_what_the_single_index_finds_and_fetches_only_what_a_query_needs()
    {
        var root = Path.Combine(Path.GetTempPath(), "portalgen-browser-tests", Guid.NewGuid().ToString("N"));
        try
        {
            var content = Path.Combine(root, "content");
            CopyFolder(Path.Combine(RepositoryRoot.Path, "content"), content);
            File.AppendAllText(Path.Combine(content, "site.yml"), "\nsearch_split: 1\n");
            var output = Path.Combine(root, "public");
            var result = Build.Run(new BuildOptions
            {
                ContentDirectory = content,
                TemplatesDirectory = Path.Combine(RepositoryRoot.Path, "templates"),
                OutputDirectory = output,
                DisplayRoot = root,
                Clock = new FixedClock(BrowserSite.Now),
            });
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.Succeeded), () => string.Join("\n", result.Diagnostics));
            var shardFiles = Directory.GetFiles(Path.Combine(output, "search"), "*.json").Length;

            // Two results a page instead of twenty, so that the sample site's queries page through "More results".
            var manifest = Path.Combine(output, "search-index.json");
            var written = File.ReadAllText(manifest);
            Assert.That(written, Does.Contain("\"resultsPerPage\":20"));
            File.WriteAllText(manifest, written.Replace("\"resultsPerPage\":20", "\"resultsPerPage\":2", StringComparison.Ordinal));
            Assert.That(shardFiles, Is.GreaterThan(10), "the split index is many files");
            await using var server = await StaticSiteServer.StartAsync(output);

            foreach (var query in Queries)
            {
                var single = await SearchAsync(BrowserSite.Address, query);
                var split = await SearchAsync(server.Address, query);
                Assert.Multiple(() =>
                {
                    Assert.That(split.Results, Is.EqualTo(single.Results), $"'{query}' finds the same releases in the same order");
                    Assert.That(split.Status, Is.EqualTo(single.Status), $"'{query}' says the same");
                    Assert.That(split.Fetched, Has.Count.LessThan(shardFiles / 2), $"'{query}' fetched {string.Join(", ", split.Fetched)}");
                });
            }

            Assert.That((await SearchAsync(BrowserSite.Address, "research")).Results, Has.Length.GreaterThan(2), "a query that pages");
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }

    /// <summary>The result links (every page of them) and the status line for a query, and the index files fetched.</summary>
    private static async Task<(string[] Results, string Status, List<string> Fetched)> SearchAsync(Uri site, string query)
    {
        var page = await BrowserSite.NewPageAsync(site: site);
        await using var context = page.Context;
        var fetched = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains("/search/", StringComparison.Ordinal) && request.Url.EndsWith(".json", StringComparison.Ordinal))
            {
                fetched.Add(new Uri(request.Url).AbsolutePath);
            }
        };

        await page.GotoAsync("/search/?q=" + Uri.EscapeDataString(query));
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToContainTextAsync(query.Split(' ')[0], new() { IgnoreCase = true, Timeout = 10_000 });
        var more = page.Locator(".search-more");
        while (await more.IsVisibleAsync())
        {
            var shown = await page.Locator(".search-result").CountAsync();
            await more.ClickAsync();
            await Assertions.Expect(page.Locator(".search-result")).Not.ToHaveCountAsync(shown);
        }

        var links = await page.Locator(".search-result a").EvaluateAllAsync<string[]>("links => links.map(a => a.pathname)");
        return (links, (await status.TextContentAsync())!, fetched);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
