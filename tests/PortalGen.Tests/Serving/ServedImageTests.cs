using PortalGen.Tests.Imaging;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Serving;

/// <summary>The preview shows photos as the built site does: each variant is made when a browser first asks for it.</summary>
public sealed class ServedImageTests
{
    private const string Files = TestSite.Basics + """
        -- content/news/2020/x/index.md --
        ---
        title: X
        date: 2020-12-02
        image: lead.jpg
        image_alt: The lab
        image_credit: Cyber Valley
        ---
        ![A chart](chart.png) ![A map](/images/map.jpg)
        -- content/static/images/map.jpg --
        (image 800x500)
        -- content/news/2020/x/lead.jpg --
        (image 2400x1600)
        -- content/news/2020/x/chart.png --
        (image 800x500)

        """;

    [Test]
    public async Task Every_variant_a_served_page_names_is_served_in_its_format_and_size()
    {
        await using var served = await ServedTestSite.StartAsync(Files);
        var page = await served.HtmlAsync("/news/2020/x/");
        var urls = page.QuerySelectorAll("picture source, picture img")
            .SelectMany(element => element.GetAttribute("srcset")!.Split(", ").Select(candidate => candidate.Split(' ')[0]))
            .Distinct()
            .ToList();

        Assert.That(urls, Has.Count.EqualTo(14), "the lead's three widths, the chart's and the static map's two, each in two formats");
        Assert.That(urls, Has.Some.StartsWith("/images/map."));
        foreach (var url in urls)
        {
            using var response = await served.GetAsync(url);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var named = url.Split('.')[^3].Split('x').Select(int.Parse).ToArray();
            Assert.Multiple(() =>
            {
                Assert.That((int)response.StatusCode, Is.EqualTo(200), url);
                Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo(url.EndsWith(".webp", StringComparison.Ordinal) ? "image/webp" : url.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg"), url);
                Assert.That(Pixels.SizeOf(bytes), Is.EqualTo((named[0], named[1])), url);
            });
        }
    }

    [Test]
    public async Task A_damaged_photo_is_said_with_its_place_when_a_browser_first_asks_for_it()
    {
        await using var served = await ServedTestSite.StartAsync(Files);
        using var events = await served.EventsAsync();
        var whole = TestImages.Jpeg(2400, 1600);
        File.WriteAllBytes(Path.Combine(served.Site.Root, "content/news/2020/x/lead.jpg"), whole[..(whole.Length / 2)]);
        await events.WaitForAsync("reload");

        var sizes = (await served.HtmlAsync("/news/2020/x/")).QuerySelectorAll("picture source, picture img")
            .SelectMany(element => element.GetAttribute("srcset")!.Split(", ").Select(candidate => candidate.Split(' ')[0]))
            .Where(url => url.Contains("/lead.", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        using var response = await served.GetAsync(sizes[0]);
        var problem = await events.WaitForAsync("diagnostics");
        using var another = await served.GetAsync(sizes[^1]);

        Assert.Multiple(() =>
        {
            Assert.That(sizes, Has.Count.GreaterThan(1));
            Assert.That((int)response.StatusCode, Is.EqualTo(500));
            Assert.That((int)another.StatusCode, Is.EqualTo(500));
            Assert.That(problem.Data, Does.Match(@"^content/news/2020/x/index\.md:4:\d+: error: content/news/2020/x/lead\.jpg cannot be published: it is truncated"));
            Assert.That(served.Log.ToString().Split('\n').Count(line => line == problem.Data), Is.EqualTo(1), "said once, not for each size");
        });
    }
}
