using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Serving;

/// <summary>What <c>portalgen serve</c> serves, read over HTTP as a browser reads it.</summary>
public sealed class PreviewServerTests
{
    private const string Files = TestSite.Basics + """
        -- content/news/2020/published.md --
        ---
        title: Published release
        date: 2020-12-02
        partners: [nec]
        ---
        Already public.
        -- content/news/2026/draft.md --
        ---
        title: Draft release
        date: 2026-01-10
        draft: true
        ---
        Not yet approved.
        -- content/news/2027/embargoed.md --
        ---
        title: Embargoed release
        date: 2027-03-01
        ---
        Under embargo.
        -- content/static/files/brochure.pdf --
        %PDF-1.4
        """;

    private ServedTestSite served = null!;

    [OneTimeSetUp]
    public async Task Start() => served = await ServedTestSite.StartAsync(Files);

    [OneTimeTearDown]
    public async Task Stop() => await served.DisposeAsync();

    [Test]
    public async Task Drafts_and_embargoed_releases_are_served_and_marked_as_not_public()
    {
        var draft = await served.HtmlAsync("/news/2026/draft/");
        var embargoed = await served.HtmlAsync("/news/2027/embargoed/");
        var published = await served.HtmlAsync("/news/2020/published/");

        Assert.Multiple(() =>
        {
            Assert.That(draft.QuerySelector(".notice")?.TextContent, Is.EqualTo("Draft: not yet public."));
            Assert.That(embargoed.QuerySelector(".notice")?.TextContent, Is.EqualTo("Scheduled: not yet public."));
            Assert.That(published.QuerySelector(".notice"), Is.Null);
        });
    }

    [Test]
    public async Task Links_point_at_the_local_server_instead_of_the_base_url()
    {
        var page = await served.HtmlAsync("/news/2020/published/");

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), Is.EqualTo(new Uri(served.Server.Address, "/news/2020/published/").AbsoluteUri));
            Assert.That(page.QuerySelector("a[href='/partners/nec/']"), Is.Not.Null);
            Assert.That(page.DocumentElement.OuterHtml, Does.Not.Contain("news.example.org"));
        });
    }

    [Test]
    public async Task Html_pages_load_the_live_reload_script_last_in_the_body()
    {
        var page = await served.HtmlAsync("/");
        using var script = await served.GetAsync("/__portalgen/live-reload.js");

        Assert.Multiple(async () =>
        {
            Assert.That(page.Body!.LastElementChild?.OuterHtml, Is.EqualTo("<script src=\"/__portalgen/live-reload.js\"></script>"));
            Assert.That(script.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
            Assert.That(await script.Content.ReadAsStringAsync(), Does.Contain("new EventSource(\"/__portalgen/events\")"));
        });
    }

    [Test]
    public async Task An_unknown_url_answers_404_with_the_site_404_page()
    {
        using var response = await served.GetAsync("/news/2020/no-such-release/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/html; charset=utf-8"));
            Assert.That(html, Does.Contain("<title>Page not found"));
        });
    }

    [Test]
    public async Task A_folder_url_without_its_slash_redirects_to_it()
    {
        using var response = await served.GetAsync("/news/2020/published");

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.MovedPermanently));
            Assert.That(response.Headers.Location?.OriginalString, Is.EqualTo("/news/2020/published/"));
        });
    }

    [TestCase("/logos/nec.svg", "image/svg+xml")]
    [TestCase("/logos/missing.svg", null)]
    [TestCase("/files/brochure.pdf", "application/pdf")]
    [TestCase("/feed.xml", "text/xml; charset=utf-8")]
    [TestCase("/search-index.json", "application/json; charset=utf-8")]
    public async Task Assets_static_files_and_feeds_carry_their_content_type(string path, string? contentType)
    {
        using var response = await served.GetAsync(path);

        // A file the site does not have is the site's own 404 page.
        Assert.That(((int)response.StatusCode, response.Content.Headers.ContentType?.ToString()), Is.EqualTo(contentType is null ? (404, "text/html; charset=utf-8") : (200, contentType)));
    }

    [Test]
    public async Task The_fingerprinted_stylesheet_a_page_names_is_served_and_matches_its_integrity()
    {
        var link = (await served.HtmlAsync("/")).QuerySelector("link[rel=stylesheet]")!;
        using var response = await served.GetAsync(link.GetAttribute("href")!);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.Content.Headers.ContentType?.ToString(), Is.EqualTo("text/css; charset=utf-8"));
            Assert.That(link.GetAttribute("integrity"), Is.EqualTo("sha384-" + Convert.ToBase64String(System.Security.Cryptography.SHA384.HashData(bytes))));
        });
    }

    [Test]
    public void The_server_listens_on_the_loopback_address_only()
    {
        var others = NetworkInterface.GetAllNetworkInterfaces()
            .Where(card => card.OperationalStatus == OperationalStatus.Up)
            .SelectMany(card => card.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .Where(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address))
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(served.Server.Address.Host, Is.EqualTo("127.0.0.1"));
            foreach (var address in others)
            {
                using var client = new TcpClient();
                Assert.That(() => client.Connect(address, served.Server.Address.Port), Throws.InstanceOf<SocketException>(), address.ToString());
            }
        });
    }
}
