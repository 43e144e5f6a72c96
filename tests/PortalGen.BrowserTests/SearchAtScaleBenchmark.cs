using System.Globalization;
using System.IO.Compression;
using PortalGen.BrowserTests.Support;

namespace PortalGen.BrowserTests;

/// <summary>
/// What a query costs a reader on a large site's split search index: the bytes fetched (as served, and gzipped as
/// static hosts send JSON) and the time from pressing Enter to the results shown, in Chromium. Explicit, since it
/// needs a large built site: build one (tests/PortalGen.Benchmarks/README.md, "Search at scale") and name its
/// output folder in PORTALGEN_SEARCH_SITE.
/// </summary>
[Explicit("needs a large built site in PORTALGEN_SEARCH_SITE")]
public sealed class SearchAtScaleBenchmark
{
    private static readonly string[] Queries = ["robot", "learning", "tübingen", "max planck", "autonomous driving dataset", "pro", "ai", "quantum sensor stuttgart"];

    [Test]
    public async Task Each_query_fetches_and_takes()
    {
        var folder = Environment.GetEnvironmentVariable("PORTALGEN_SEARCH_SITE");
        Assume.That(folder, Is.Not.Null.And.Not.Empty, "PORTALGEN_SEARCH_SITE names a built site");
        await using var server = await StaticSiteServer.StartAsync(folder!);
        var report = new List<string> { "| query | results | files | KB | KB gzipped | ms (median of 5, empty cache) |", "|---|---:|---:|---:|---:|---:|" };
        foreach (var query in Queries)
        {
            var runs = new List<(double Milliseconds, string Status, List<string> Files)>();
            for (var run = 0; run < 5; run++)
            {
                runs.Add(await QueryAsync(server.Address, query));
            }

            var files = runs[0].Files;
            var bytes = files.Sum(path => new FileInfo(Path.Combine(folder!, path.TrimStart('/'))).Length);
            var gzipped = files.Sum(path => GzippedLength(Path.Combine(folder!, path.TrimStart('/'))));
            var median = runs.Select(run => run.Milliseconds).Order().ElementAt(2);
            report.Add(string.Create(CultureInfo.InvariantCulture, $"| {query} | {runs[0].Status} | {files.Count} | {bytes / 1024.0:F0} | {gzipped / 1024.0:F0} | {median:F0} |"));
        }

        TestContext.Out.WriteLine(string.Join("\n", report));
    }

    /// <summary>A fresh page (empty cache) on the search page; the time from submitting the query until the status shows its answer.</summary>
    private static async Task<(double Milliseconds, string Status, List<string> Files)> QueryAsync(Uri site, string query)
    {
        var page = await BrowserSite.NewPageAsync(site: site);
        await using var context = page.Context;
        await page.GotoAsync("/search/");
        // As a reader does: the field is focused (which fetches the index's first file), then the query typed.
        await page.RunAndWaitForResponseAsync(() => page.FocusAsync("#search-query"), response => response.Url.EndsWith("/search-index.json", StringComparison.Ordinal));
        var milliseconds = await page.EvaluateAsync<double>("""
            (query) => new Promise((done) => {
              const form = document.querySelector("form[data-index]");
              const status = document.getElementById("search-status");
              const start = performance.now();
              new MutationObserver((_, observer) => { observer.disconnect(); done(performance.now() - start); })
                .observe(status, { childList: true, characterData: true, subtree: true });
              form.elements.namedItem("q").value = query;
              form.requestSubmit();
            })
            """, query);
        var status = (await page.Locator("#search-status").TextContentAsync()) ?? "";
        var files = (await page.EvaluateAsync<string[]>(
            "() => performance.getEntriesByType('resource').map(entry => new URL(entry.name).pathname).filter(path => path.endsWith('.json'))")).ToList();
        return (milliseconds, new string([.. status.TakeWhile(char.IsDigit)]) is { Length: > 0 } count ? count : status.StartsWith("1 ", StringComparison.Ordinal) ? "1" : "0", files.Distinct().ToList());
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
}
