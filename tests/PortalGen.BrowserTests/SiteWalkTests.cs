using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PortalGen.BrowserTests;

/// <summary>
/// A reader's walk through the served sample site in chromium. Pages are found by following links,
/// so the walk takes in the pages other features add (partners, topics, archives) without naming them.
/// </summary>
[Category("Browser")]
public sealed partial class SiteWalkTests
{
    [Test]
    public async Task The_first_release_card_leads_to_the_release_with_its_title_and_partners()
    {
        var page = await BrowserSite.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/");

        var card = page.Locator("main article").First.Locator("a[href]").First;
        var title = (await card.InnerTextAsync()).Trim();
        await card.ClickAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(new Uri(page.Url).AbsolutePath, Does.Match("^/news/[0-9]{4}/[a-z0-9-]+/$"));
            Assert.That((await page.Locator("h1").InnerTextAsync()).Trim(), Is.EqualTo(title));
            Assert.That(await page.GetByRole(AriaRole.Heading, new() { Name = "Partners", Exact = true }).IsVisibleAsync(), Is.True, "a Partners heading");
            Assert.That(await page.Locator("h2:text-is('Partners') + ul > li").CountAsync(), Is.GreaterThan(0), "partners listed under the heading");
        });
    }

    [Test]
    public async Task The_about_link_in_the_main_navigation_opens_the_about_page()
    {
        var page = await BrowserSite.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { NameRegex = AboutLink() }).ClickAsync();

        await Assert.MultipleAsync(async () =>
        {
            Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/about/"));
            Assert.That(await page.Locator("h1").InnerTextAsync(), Does.StartWith("About"));
            Assert.That(await page.Locator("nav[aria-label=Main] a[aria-current=page]").InnerTextAsync(), Does.StartWith("About"));
        });
    }

    [Test]
    public async Task An_unknown_address_gets_the_not_found_page_with_status_404()
    {
        var page = await BrowserSite.NewPageAsync();
        await using var context = page.Context;

        var response = await page.GotoAsync("/no-such-page/");

        Assert.That(response?.Status, Is.EqualTo(404));
        Assert.That(await page.Locator("h1").InnerTextAsync(), Is.EqualTo("Page not found"));
        await page.GetByRole(AriaRole.Link, new() { NameRegex = LatestReleases() }).ClickAsync();
        Assert.That(new Uri(page.Url).AbsolutePath, Is.EqualTo("/"));
    }

    [Test]
    public async Task Every_page_within_two_links_of_home_loads_whole_and_without_script_errors()
    {
        var page = await BrowserSite.NewPageAsync();
        await using var context = page.Context;
        var problems = new List<string>();
        var current = "/";
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document" && !response.Url.EndsWith("/favicon.ico", StringComparison.Ordinal))
            {
                problems.Add($"{current}: {response.Request.ResourceType} {response.Url} answered {response.Status}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{current}: script error: {error}");
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
            {
                problems.Add($"{current}: console error: {message.Text}");
            }
        };

        // Home, the pages it links to, and the pages those link to; plus the sections other
        // branches add, when this build has them.
        var visited = new SortedSet<string>(StringComparer.Ordinal);
        var broken = new SortedSet<string>(StringComparer.Ordinal);
        var level = new List<string> { "/" };
        level.AddRange(new[] { "partners/index.html", "topics/index.html" }.Where(BrowserSite.Has).Select(BrowserSite.UrlOf));
        for (var depth = 0; depth <= 2 && level.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var url in level.Where(visited.Add))
            {
                current = url;
                var links = await VisitAsync(page, url, problems, broken);
                if (depth < 2)
                {
                    next.AddRange(links.Where(link => !visited.Contains(link)));
                }
            }

            level = [.. next.Distinct(StringComparer.Ordinal)];
        }

        TestContext.Out.WriteLine($"visited {visited.Count} pages:\n  {string.Join("\n  ", visited)}");
        Assert.That(visited, Has.Count.GreaterThan(3));
        Assert.That(problems, Is.Empty, () => string.Join("\n", problems));
        Assert.That(broken, Is.Empty, () => $"links to missing pages:\n{string.Join("\n", broken)}");
    }

    [Test]
    public async Task The_search_page_lists_results_for_a_typed_query()
    {
        if (!BrowserSite.Has("search/index.html"))
        {
            Assert.Ignore("this build has no /search/ page yet");
        }

        var page = await BrowserSite.NewPageAsync();
        await using var context = page.Context;
        await page.GotoAsync("/search/");

        var input = page.Locator("input[type=search]").First;
        await input.FillAsync("robot");
        await input.PressAsync("Enter");

        var results = page.Locator("main a[href*='/news/']");
        await results.First.WaitForAsync(new() { Timeout = 10_000 });
        Assert.That(await results.CountAsync(), Is.GreaterThan(0));
    }

    /// <summary>Opens one page, checks what every page needs, and returns its internal links (paths, no fragment).</summary>
    private static async Task<IReadOnlyList<string>> VisitAsync(IPage page, string url, List<string> problems, SortedSet<string> broken)
    {
        var response = await page.APIRequest.GetAsync(url);
        if (response.Status == 404)
        {
            broken.Add(url);
            return [];
        }

        if (!response.Ok)
        {
            problems.Add($"{url}: answered {response.Status}");
            return [];
        }

        if (response.Headers.TryGetValue("content-type", out var type) && !type.StartsWith("text/html", StringComparison.Ordinal))
        {
            return []; // a feed, an image: it exists, and that is all a link needs
        }

        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
        var h1 = await page.Locator("h1").CountAsync();
        if (h1 != 1)
        {
            problems.Add($"{url}: {h1} h1 elements, not 1");
        }

        if (await page.Locator("main").CountAsync() != 1)
        {
            problems.Add($"{url}: no single main element");
        }

        var unloaded = await BrowserSite.LoadAllImagesAsync(page);
        problems.AddRange(unloaded.Select(src => $"{url}: image {src} did not load"));

        var links = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('a[href]')].filter(a => a.origin === location.origin).map(a => a.pathname + a.search)");
        return [.. links.Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex("^About")]
    private static partial Regex AboutLink();

    [GeneratedRegex("latest releases", RegexOptions.IgnoreCase)]
    private static partial Regex LatestReleases();
}
