using Microsoft.Playwright;

namespace PortalGen.BrowserTests;

/// <summary>
/// Full-page screenshots of one page of each kind, at a desktop and a phone width, in light and
/// dark mode, into artifacts/screenshots for a person to look at; attached to the test result too.
/// </summary>
[Category("Browser")]
public sealed class ScreenshotTests
{
    [TestCase(1280, ColorScheme.Light)]
    [TestCase(390, ColorScheme.Light)]
    [TestCase(1280, ColorScheme.Dark)]
    [TestCase(390, ColorScheme.Dark)]
    public async Task One_page_of_each_kind_is_photographed(int width, ColorScheme scheme)
    {
        var page = await BrowserSite.NewPageAsync(width, height: 900, colorScheme: scheme);
        await using var context = page.Context;
        Directory.CreateDirectory(BrowserSite.Screenshots);

        var taken = new List<string>();
        foreach (var (kind, url) in BrowserSite.OnePagePerKind())
        {
            await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
            await BrowserSite.LoadAllImagesAsync(page);
            var file = Path.Combine(BrowserSite.Screenshots, $"{kind}-{width}{(scheme == ColorScheme.Dark ? "-dark" : "")}.png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            TestContext.AddTestAttachment(file, $"{kind} {url} at {width} px");
            taken.Add(file);
        }

        Assert.That(taken, Is.Not.Empty);
    }
}
