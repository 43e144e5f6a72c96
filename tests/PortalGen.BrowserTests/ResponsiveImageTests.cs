using System.Text.RegularExpressions;

namespace PortalGen.BrowserTests;

/// <summary>
/// In chromium, the lead photo of a sample release: a phone downloads the small WebP, a laptop the one that fills
/// the reading column, each downloads that one file of the photo only, and shows it in the proportions the page
/// reserved for it.
/// </summary>
[Category("Browser")]
public sealed partial class ResponsiveImageTests
{
    private const string Release = "/news/2023/autonomous-driving-dataset/";

    [TestCase(390, "480x320", TestName = "A phone 390 px wide loads the 480 px WebP")]
    [TestCase(1280, "960x640", TestName = "A laptop loads the 960 px WebP for the 46rem column")]
    public async Task The_browser_picks_the_variant_that_fits_the_screen(int width, string variant)
    {
        var page = await BrowserSite.NewPageAsync(width: width);
        await using var context = page.Context;
        await page.GotoAsync(Release);

        var lead = page.Locator(".release__figure img");
        await lead.EvaluateAsync("img => img.decode()");
        var currentSrc = await lead.EvaluateAsync<string>("img => img.currentSrc");
        var downloaded = await page.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map(r => r.name).filter(n => n.includes('/test-drive.'))");
        var shown = await lead.BoundingBoxAsync();

        Assert.Multiple(() =>
        {
            Assert.That(Hash().Replace(currentSrc, ".HASH."), Does.EndWith($"/test-drive.{variant}.HASH.webp"));
            Assert.That(downloaded, Is.EqualTo(new[] { currentSrc }), "neither the original nor a second variant");
            Assert.That(shown!.Width / shown.Height, Is.EqualTo(1.5).Within(0.01), "shown in the proportions width and height reserved");
        });
    }

    [GeneratedRegex(@"\.[0-9a-f]{10}\.")]
    private static partial Regex Hash();
}
