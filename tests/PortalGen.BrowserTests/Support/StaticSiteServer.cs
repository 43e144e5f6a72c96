using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace PortalGen.BrowserTests.Support;

/// <summary>
/// Serves a built site on a free 127.0.0.1 port the way a static host does:
/// <c>/x/</c> answers with <c>/x/index.html</c>, and an unknown path with 404.html and status 404; asked to, it
/// sends the headers of the site's _headers, as Netlify and Cloudflare Pages do.
/// </summary>
internal sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, Uri address)
    {
        this.app = app;
        Address = address;
    }

    /// <summary>The site's root, ending in a slash.</summary>
    public Uri Address { get; }

    public static async Task<StaticSiteServer> StartAsync(string folder, bool applyHeadersFile = false)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = folder });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        if (applyHeadersFile && HeadersFileRules.Read(folder) is { } rules)
        {
            app.Use(async (context, next) =>
            {
                foreach (var (name, value) in rules.For(context.Request.Path.Value ?? "/"))
                {
                    context.Response.Headers[name] = value;
                }

                await next(context);
            });
        }

        var files = new PhysicalFileProvider(folder);
        var options = new FileServerOptions { FileProvider = files };
        // Kestrel serves no file of a type it does not know; a static host serves admin/config.yml, Decap's config.
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".yml"] = "text/yaml";
        options.StaticFileOptions.ContentTypeProvider = types;
        app.UseFileServer(options);
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            var notFound = Path.Combine(folder, "404.html");
            if (File.Exists(notFound))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.SendFileAsync(notFound);
            }
        });
        await app.StartAsync();
        var bound = app.Urls.Single();
        return new StaticSiteServer(app, new Uri(bound.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
