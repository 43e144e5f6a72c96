using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace PortalGen.BrowserTests;

/// <summary>
/// The sample release's YouTube video in a real browser, with every request to another host recorded and
/// blocked: none leaves before the reader clicks, and the click puts the youtube-nocookie player in place.
/// </summary>
[Category("Browser")]
public sealed class VideoEmbedTests
{
    private const string ReleaseUrl = "/news/2026/microscopy-vision-lab/";

    [Test]
    public async Task Nothing_loads_from_YouTube_until_the_reader_clicks_play()
    {
        var page = await BrowserSite.NewPageAsync(width: 390, height: 844);
        await using var context = page.Context;
        var thirdParty = new ConcurrentQueue<string>();
        await context.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Host == BrowserSite.Address.Host)
            {
                await route.ContinueAsync();
                return;
            }

            thirdParty.Enqueue(route.Request.Url);
            await route.AbortAsync();
        });

        await page.GotoAsync(ReleaseUrl, new() { WaitUntil = WaitUntilState.NetworkIdle });
        await BrowserSite.LoadAllImagesAsync(page);
        var before = thirdParty.ToArray();
        var note = await page.Locator(".embed__consent").TextContentAsync();
        var player = page.WaitForRequestAsync(request => request.Url.StartsWith("https://www.youtube-nocookie.com/", StringComparison.Ordinal));
        await page.Locator(".embed__play").ClickAsync();
        var requested = await player;
        var iframe = page.Locator("figure.embed--video iframe");

        Assert.Multiple(async () =>
        {
            Assert.That(before, Is.Empty, "nothing from another host before the click");
            Assert.That(note, Does.StartWith("Playing loads the video from YouTube; YouTube may set cookies."));
            Assert.That(await iframe.GetAttributeAsync("src"), Does.StartWith("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"));
            Assert.That(await iframe.GetAttributeAsync("title"), Does.StartWith("Sample video"));
            Assert.That(await iframe.GetAttributeAsync("allowfullscreen"), Is.Not.Null);
            Assert.That(await page.Locator("a.embed__facade").CountAsync(), Is.Zero);
            Assert.That(requested.Url, Does.StartWith("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"));
            Assert.That(thirdParty, Has.All.StartWith("https://www.youtube-nocookie.com/"), "the player alone, nothing from youtube.com");
        });
    }
}
