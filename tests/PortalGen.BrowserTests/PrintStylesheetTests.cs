using Microsoft.Playwright;

namespace PortalGen.BrowserTests;

/// <summary>
/// A release printed (or saved as PDF) shows the release alone, black on white, with the address of every
/// outside link written out, since paper cannot be clicked; the screenshot goes beside the others.
/// </summary>
[Category("Browser")]
public sealed class PrintStylesheetTests
{
    private const string ReleaseUrl = "/news/2020/nec-cyber-valley-mou/";

    [Test]
    public async Task A_printed_release_shows_only_the_release_in_black_on_white()
    {
        var page = await PrintedReleaseAsync();
        await using var context = page.Context;

        var hidden = await page.EvaluateAsync<string[]>(
            "() => ['.site-header', '.site-footer', '.release-nav', '.related', '.skip-link']" +
            ".filter(s => document.querySelector(s)).map(s => s + ':' + getComputedStyle(document.querySelector(s)).display)");
        var colours = await page.EvaluateAsync<string[]>(
            "() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.querySelector('h1')).color]");

        Assert.Multiple(() =>
        {
            Assert.That(hidden, Is.Not.Empty.And.All.EndsWith(":none"));
            Assert.That(colours, Is.EqualTo(new[] { "rgb(255, 255, 255)", "rgb(0, 0, 0)" }));
        });
    }

    [Test]
    public async Task A_printed_release_writes_out_the_address_of_outside_links()
    {
        var page = await PrintedReleaseAsync();
        await using var context = page.Context;

        var link = await page.EvaluateAsync<string[]>(
            "() => { const a = document.querySelector('.prose a[href^=\"http\"]'); return [a.href, getComputedStyle(a, '::after').content]; }");

        Assert.That(link[1], Is.EqualTo($"\" (\" attr(href) \")\"").Or.EqualTo($"\" ({link[0]})\""));
    }

    private static async Task<IPage> PrintedReleaseAsync()
    {
        var page = await BrowserSite.NewPageAsync(width: 800, height: 1100);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.GotoAsync(ReleaseUrl, new() { WaitUntil = WaitUntilState.Load });
        await BrowserSite.LoadAllImagesAsync(page);
        Directory.CreateDirectory(BrowserSite.Screenshots);
        var file = Path.Combine(BrowserSite.Screenshots, "release-print.png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        TestContext.AddTestAttachment(file, $"{ReleaseUrl} as printed");
        return page;
    }
}
