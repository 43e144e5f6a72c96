using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PortalGen.Serving;
using PortalGen.Settings;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Serving;

/// <summary>An inline test site served by the real preview server on a free loopback port, and a client for it.</summary>
internal sealed class ServedTestSite : IAsyncDisposable
{
    private static readonly HtmlParser Parser = new();

    private ServedTestSite(TestSite site, PreviewServer server, StringWriter log)
    {
        Site = site;
        Server = server;
        Log = log;
    }

    public TestSite Site { get; }

    public PreviewServer Server { get; }

    /// <summary>What the server printed: the console of <c>portalgen serve</c>.</summary>
    public StringWriter Log { get; }

    public HttpClient Client { get; } = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = EventStream.Patience };

    public static async Task<ServedTestSite> StartAsync(string txtar, Func<BuildOptions, BuildOptions>? adjust = null)
    {
        var site = TestSite.Create(txtar);
        var log = new StringWriter();
        var options = site.Options(write: false);
        var server = await PreviewServer.StartAsync(adjust is null ? options : adjust(options), port: 0, log);
        return new ServedTestSite(site, server, log);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => Client.GetAsync(new Uri(Server.Address, path));

    public async Task<IDocument> HtmlAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.That((int)response.StatusCode, Is.EqualTo(200), path);
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Whether the page at <paramref name="path"/> now shows <paramref name="text"/> in its main content.</summary>
    public async Task<bool> ShowsAsync(string path, string text) =>
        (await HtmlAsync(path)).QuerySelector("main")!.TextContent.Contains(text, StringComparison.Ordinal);

    public Task<EventStream> EventsAsync() => EventStream.OpenAsync(Client, Server.Address);

    /// <summary>Saves a file as an editor does: the whole text at once.</summary>
    public void Save(string path, string text) => File.WriteAllText(Path.Combine(Site.Root, path), text);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        Site.Dispose();
    }
}
