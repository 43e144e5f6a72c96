using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PortalGen.Settings;

namespace PortalGen.Serving;

/// <summary>
/// <c>portalgen serve</c>: the site rendered in memory and served on 127.0.0.1 only, drafts and scheduled
/// releases included, rebuilt when content or templates change, with every open tab reloaded (or shown the
/// mistake) over server-sent events. Nothing is written to disk.
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>Hugo's is 1313; ours is one up, so both can run side by side.</summary>
    public const int DefaultPort = 1314;

    private readonly WebApplication app;
    private readonly SourceWatcher watcher;
    private readonly CancellationTokenSource stopping = new();
    private readonly BrowserEvents events = new();
    private LiveSite? live;
    private Task watching = Task.CompletedTask;

    private PreviewServer(WebApplication app, SourceWatcher watcher)
    {
        this.app = app;
        this.watcher = watcher;
    }

    /// <summary>Where the site is served, as http://127.0.0.1:PORT/ plus the base URL's path.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    /// <summary>
    /// Binds the port (0 picks a free one), builds the site once and starts watching. Throws
    /// <see cref="IOException"/> when the port is taken.
    /// </summary>
    /// <param name="site">The site's folders; its base URL's path, if any, is kept below the local address.</param>
    /// <param name="log">Where diagnostics and rebuilds are reported, one line each.</param>
    public static async Task<PreviewServer> StartAsync(BuildOptions site, int port, TextWriter log, CancellationToken cancellation = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();

        // Watch before the first build, so a save made while it runs is not lost.
        var server = new PreviewServer(app, new SourceWatcher([site.ContentDirectory, site.TemplatesDirectory]));
        app.Run(server.RespondAsync);
        await app.StartAsync(cancellation);

        var bound = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        server.Address = new Uri(bound, site.BaseUrl is { } baseUrl ? new Uri(baseUrl).AbsolutePath : "/");
        var options = site with
        {
            BaseUrl = server.Address.AbsoluteUri,
            OutputDirectory = null,
            IncludeDrafts = true,
            IncludeFuture = true,
        };
        server.live = new LiveSite(options, TextWriter.Synchronized(log), server.events);
        await Task.Run(() => server.live.Rebuild([]), cancellation);
        server.watching = server.watcher.RunAsync(server.live.Rebuild, server.stopping.Token);
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        // Ending the event streams first lets Kestrel stop without waiting out its shutdown timeout.
        await stopping.CancelAsync();
        watcher.Dispose();
        await watching;
        await app.StopAsync();
        await app.DisposeAsync();
        stopping.Dispose();
    }

    private async Task RespondAsync(HttpContext context)
    {
        context.Response.Headers.XContentTypeOptions = "nosniff";
        if (!LocalHost.Allows(context.Request.Host, Address.Port))
        {
            // DNS rebinding: a page on attacker.example whose name now resolves to 127.0.0.1 would read the preview,
            // drafts and embargoed releases included. Browsers send the name they resolved; only ours are served.
            context.Response.StatusCode = StatusCodes.Status421MisdirectedRequest;
            context.Response.ContentType = "text/plain; charset=utf-8";
            await context.Response.WriteAsync($"This preview answers only http://127.0.0.1:{Address.Port}/ and http://localhost:{Address.Port}/.\n", context.RequestAborted);
            return;
        }

        var path = context.Request.Path.Value ?? "/";
        if (path == LiveReloadScript.EventsPath)
        {
            using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
            await events.StreamAsync(context.Response, ended.Token);
            return;
        }

        var served = path == LiveReloadScript.Path
            ? new ServedFile(StatusCodes.Status200OK, ContentTypes.Of(".js"), Encoding.UTF8.GetBytes(LiveReloadScript.Text))
            : !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            ? new ServedFile(StatusCodes.Status405MethodNotAllowed, "text/plain; charset=utf-8", "Only GET and HEAD"u8.ToArray())
            : live?.Current is { } snapshot
            ? snapshot.Respond(path)
            : ProblemPage.Render(StatusCodes.Status503ServiceUnavailable, "The site has errors and has not been built yet", live?.Problems ?? []);

        await using var content = served.Content;
        context.Response.StatusCode = served.Status;
        context.Response.ContentType = served.ContentType;
        context.Response.ContentLength = content?.Length ?? served.Body.Length;
        context.Response.Headers.CacheControl = "no-store";
        if (ContentTypes.IsHtml(served.ContentType))
        {
            context.Response.Headers.ContentSecurityPolicy = LocalHost.ContentSecurityPolicy;
        }

        if (served.Location is { } location)
        {
            context.Response.Headers.Location = location;
        }

        if (HttpMethods.IsHead(context.Request.Method))
        {
            return;
        }

        if (content is not null)
        {
            await content.CopyToAsync(context.Response.Body, context.RequestAborted);
        }
        else
        {
            await context.Response.Body.WriteAsync(served.Body, context.RequestAborted);
        }
    }
}
