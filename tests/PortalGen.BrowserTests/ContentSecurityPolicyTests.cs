using System.Collections.Concurrent;
using Microsoft.Playwright;
using PortalGen.BrowserTests.Support;

namespace PortalGen.BrowserTests;

/// <summary>
/// The sample site served with its own _headers, the Content-Security-Policy enforced by the browser: every kind of
/// page loads, the search answers a typed query and a video plays, with no violation and no failed integrity check.
/// </summary>
[Category("Browser")]
public sealed class ContentSecurityPolicyTests
{
    private const string VideoRelease = "/news/2026/microscopy-vision-lab/";

    private const string MissingPage = "/news/no-such-release/";

    /// <summary>Records every violation before the page's own scripts run; Playwright's init scripts are not subject to the policy.</summary>
    private const string ViolationListener = """
        window.__violations = [];
        document.addEventListener("securitypolicyviolation", e => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
        """;

    private StaticSiteServer server = null!;

    [OneTimeSetUp]
    public async Task Serve() => server = await StaticSiteServer.StartAsync(BrowserSite.Output, applyHeadersFile: true);

    [OneTimeTearDown]
    public async Task Stop() => await server.DisposeAsync();

    [Test]
    public async Task The_server_sends_the_sites_policy()
    {
        using var client = new HttpClient();
        using var response = await client.GetAsync(new Uri(server.Address, "/"));

        Assert.That(response.Headers.GetValues("Content-Security-Policy").Single(), Does.StartWith("default-src 'self'; script-src 'self'; style-src 'self';"));
    }

    [Test]
    public async Task Every_kind_of_page_loads_without_a_violation_or_a_failed_integrity_check()
    {
        var urls = BrowserSite.OnePagePerKind().Select(page => page.Url)
            .Concat(["/de/", "/de/news/", MissingPage, VideoRelease])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var (page, problems) = await WatchedPageAsync();
        await using var context = page.Context;

        foreach (var url in urls)
        {
            var response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.That(response!.Headers, Does.ContainKey("content-security-policy"), url);
            await BrowserSite.LoadAllImagesAsync(page);
            await CollectViolationsAsync(page, url, problems);
        }

        Assert.That(problems, Is.Empty);
        Assert.That(urls, Has.Count.GreaterThanOrEqualTo(12), "home, release, partner(s), topic(s), archive, year, events, search, page, 404, German pages");
    }

    [Test]
    public async Task A_typed_search_and_a_played_video_need_nothing_the_policy_refuses()
    {
        var (page, problems) = await WatchedPageAsync();
        await using var context = page.Context;
        var players = new ConcurrentQueue<string>();
        await context.RouteAsync("https://www.youtube-nocookie.com/**", async route =>
        {
            players.Enqueue(route.Request.Url);
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<!doctype html><title>player</title>" });
        });

        await page.GotoAsync("/search/", new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Locator("#search-query").FillAsync("robot");
        await page.Locator(".search-form button[type=submit]").ClickAsync();
        await page.Locator(".search-results li").First.WaitForAsync();
        var results = await page.Locator(".search-results li").CountAsync();
        await CollectViolationsAsync(page, "/search/ (typed)", problems);

        await page.GotoAsync(VideoRelease, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.Locator(".embed__play").ClickAsync();
        var player = await (await page.Locator("figure.embed--video iframe").ElementHandleAsync()).ContentFrameAsync();
        await player!.WaitForLoadStateAsync(LoadState.Load);
        await CollectViolationsAsync(page, VideoRelease + " (played)", problems);

        Assert.Multiple(() =>
        {
            Assert.That(results, Is.GreaterThan(0));
            Assert.That(players, Has.Some.StartWith("https://www.youtube-nocookie.com/embed/"), "the player's frame was allowed to load");
            Assert.That(problems, Is.Empty);
        });
    }

    /// <summary>A page on the served site that records violations, console errors (a failed integrity check is one) and script errors.</summary>
    private async Task<(IPage Page, ConcurrentQueue<string> Problems)> WatchedPageAsync()
    {
        var page = await BrowserSite.NewPageAsync(site: server.Address);
        var problems = new ConcurrentQueue<string>();
        await page.AddInitScriptAsync(ViolationListener);
        page.Console += (_, message) =>
        {
            // The 404 page's own status is logged as an error: it is the page asked for, not a refused resource.
            if (message.Type == "error" && !(message.Text.Contains("status of 404", StringComparison.Ordinal) && (page.Url.Contains(MissingPage, StringComparison.Ordinal) || page.Url.EndsWith("/404.html", StringComparison.Ordinal))))
            {
                problems.Enqueue($"{page.Url}: console: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Enqueue($"{page.Url}: script error: {error}");
        return (page, problems);
    }

    private static async Task CollectViolationsAsync(IPage page, string url, ConcurrentQueue<string> problems)
    {
        foreach (var violation in await page.EvaluateAsync<string[]>("() => window.__violations"))
        {
            problems.Enqueue($"{url}: violation: {violation}");
        }
    }
}
