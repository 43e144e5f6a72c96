using PortalGen.Tests.Support;

namespace PortalGen.Tests.Serving;

/// <summary>The preview serves the favicon set as the build publishes it, drawn when a browser first asks for it.</summary>
public sealed class ServedFaviconTests
{
    [TestCase("/favicon.ico", "image/x-icon")]
    [TestCase("/apple-touch-icon.png", "image/png")]
    [TestCase("/icon-192.png", "image/png")]
    [TestCase("/icon-512.png", "image/png")]
    [TestCase("/site.webmanifest", "application/manifest+json")]
    public async Task Every_file_of_the_favicon_set_is_served_as_built(string path, string type)
    {
        await using var served = await ServedTestSite.StartAsync(TestSite.OneRelease);
        using var response = await served.GetAsync(path);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var built = MemorySite.BuildOk(TestSite.OneRelease).Bytes(path.TrimStart('/'));

        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(type));
            Assert.That(bytes, Is.EqualTo(built));
        });
    }
}
