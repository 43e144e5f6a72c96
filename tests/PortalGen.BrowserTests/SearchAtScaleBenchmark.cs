using System.Globalization;
using System.IO.Compression;
using PortalGen.BrowserTests.Support;

namespace PortalGen.BrowserTests;

/// <summary>
/// What a query costs a reader on a large site's split search index: the bytes fetched (as served, and gzipped as
/// static hosts send JSON) and the time from pressing Enter until the status line answers and the first page of
/// results is shown, in Chromium. Explicit, since it needs a large built site: build one
/// (tests/PortalGen.Benchmarks/README.md, "Search at scale") and name its output folder in PORTALGEN_SEARCH_SITE.
/// Several folders (separated as in PATH) are measured in turns, a run of each query on each site after the other,
/// so that on a shared machine a change of load falls on all of them alike.
/// </summary>
[Explicit("needs a large built site in PORTALGEN_SEARCH_SITE")]
public sealed class SearchAtScaleBenchmark
{
    private const int Runs = 9;

    private static readonly string[] Queries = ["robot", "learning", "tübingen", "max planck", "autonomous driving dataset", "pro", "ai", "quantum sensor stuttgart"];

    [Test]
    public async Task Each_query_fetches_and_takes()
    {
        var folders = (Environment.GetEnvironmentVariable("PORTALGEN_SEARCH_SITE") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        Assume.That(folders, Is.Not.Empty, "PORTALGEN_SEARCH_SITE names a built site");
        var servers = new List<StaticSiteServer>();
        try
        {
            foreach (var folder in folders)
            {
                servers.Add(await StaticSiteServer.StartAsync(folder));
            }

            var runs = folders.Select(_ => Queries.ToDictionary(query => query, _ => new List<QueryRun>())).ToList();
            for (var run = 0; run < Runs; run++)
            {
                foreach (var query in Queries)
                {
                    for (var site = 0; site < folders.Length; site++)
                    {
                        runs[site][query].Add(await QueryAsync(servers[site].Address, query));
                    }
                }
            }

            for (var site = 0; site < folders.Length; site++)
            {
                TestContext.Out.WriteLine(Report(folders[site], runs[site]));
            }
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }

    private static string Report(string folder, Dictionary<string, List<QueryRun>> runs)
    {
        var report = new List<string>
        {
            folder,
            $"| query | results | files | KB | KB gzipped | ms to the answer | ms to the first page (medians of {Runs}, empty cache) |",
            "|---|---:|---:|---:|---:|---:|---:|",
        };
        foreach (var (query, queryRuns) in runs)
        {
            var files = queryRuns[0].Files;
            var bytes = files.Sum(path => new FileInfo(Path.Combine(folder, path.TrimStart('/'))).Length);
            var gzipped = files.Sum(path => GzippedLength(Path.Combine(folder, path.TrimStart('/'))));
            report.Add(string.Create(
                CultureInfo.InvariantCulture,
                $"| {query} | {queryRuns[0].Results} | {files.Count} | {bytes / 1024.0:F0} | {gzipped / 1024.0:F0} | {Median(queryRuns.Select(run => run.Answered)):F0} | {Median(queryRuns.Select(run => run.Shown)):F0} |"));
        }

        return string.Join("\n", report);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    /// <summary>
    /// A fresh page (empty cache) on the search page; the times from submitting the query until the status line
    /// gives its answer, and until the results of the first page are all shown (as many as the status counts, at most
    /// a page, or none).
    /// </summary>
    private static async Task<QueryRun> QueryAsync(Uri site, string query)
    {
        var page = await BrowserSite.NewPageAsync(site: site);
        await using var context = page.Context;
        await page.GotoAsync("/search/");
        // As a reader does: the field is focused (which fetches the index's first file), then the query typed.
        await page.RunAndWaitForResponseAsync(() => page.FocusAsync("#search-query"), response => response.Url.EndsWith("/search-index.json", StringComparison.Ordinal));
        var times = await page.EvaluateAsync<double[]>("""
            (query) => new Promise((done) => {
              const form = document.querySelector("form[data-index]");
              const status = document.getElementById("search-status");
              const results = document.getElementById("search-results");
              const before = status.textContent;
              let answered = 0;
              const start = performance.now();
              const observer = new MutationObserver(() => {
                if (status.textContent === before) return;
                answered ||= performance.now() - start;
                const count = Number.parseInt(status.textContent, 10) || 0;
                if (results.children.length >= Math.min(count, 20)) {
                  observer.disconnect();
                  done([answered, performance.now() - start]);
                }
              });
              observer.observe(form.parentElement, { childList: true, characterData: true, subtree: true });
              form.elements.namedItem("q").value = query;
              form.requestSubmit();
            })
            """, query);
        var status = (await page.Locator("#search-status").TextContentAsync()) ?? "";
        var files = (await page.EvaluateAsync<string[]>(
            "() => performance.getEntriesByType('resource').map(entry => new URL(entry.name).pathname).filter(path => path.endsWith('.json'))")).ToList();
        var results = new string([.. status.TakeWhile(char.IsDigit)]) is { Length: > 0 } count ? count : "0";
        return new QueryRun(times[0], times[1], results, [.. files.Distinct()]);
    }

    private static long GzippedLength(string path)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        using (var file = File.OpenRead(path))
        {
            file.CopyTo(gzip);
        }

        return compressed.Length;
    }

    private sealed record QueryRun(double Answered, double Shown, string Results, List<string> Files);
}
