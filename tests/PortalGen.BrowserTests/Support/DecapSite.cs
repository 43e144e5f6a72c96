using System.Diagnostics;
using System.Net.Sockets;
using PortalGen.Settings;

namespace PortalGen.BrowserTests.Support;

/// <summary>
/// The sample site as an editor's clone: content/ copied into a fresh git repository, Decap CMS's real local
/// backend (decap-server) saving into it, and the site built from it and served with the decap-cms bundle
/// self-hosted at /admin/decap-cms.js (editor.cms_url), so nothing is fetched from the network.
/// </summary>
internal sealed class DecapSite : IAsyncDisposable
{
    /// <summary>Where Decap looks for decap-server when <c>local_backend: true</c>; the tests reroute it to <see cref="Backend"/>.</summary>
    public const string DefaultBackend = "http://localhost:8081/api/v1";

    public static string Bundle { get; } = Path.Combine(BrowserTools.ToolsFolder, "decap", "decap-cms", "dist", "decap-cms.js");

    public static string Server { get; } = Path.Combine(BrowserTools.ToolsFolder, "decap", "node_modules", "decap-server", "dist", "index.js");

    private readonly Process backend;
    private StaticSiteServer? server;

    private DecapSite(string root, Process backend, Uri backendAddress)
    {
        Root = root;
        this.backend = backend;
        Backend = backendAddress;
    }

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Output => Path.Combine(Root, "public");

    /// <summary>decap-server's API on its free port.</summary>
    public Uri Backend { get; }

    /// <summary>The served site's root, ending in a slash.</summary>
    public Uri Address => server?.Address ?? throw new InvalidOperationException("the site is not served");

    public static async Task<DecapSite> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "portalgen-decap-tests", Guid.NewGuid().ToString("N"));
        CopyFolder(Path.Combine(RepositoryRoot.Path, "content"), Path.Combine(root, "content"));
        var siteYml = Path.Combine(root, "content", "site.yml");
        File.WriteAllText(siteYml, File.ReadAllText(siteYml).Replace("editor:", "editor:\n  cms_url: /admin/decap-cms.js", StringComparison.Ordinal));
        Git(root, "init", "--quiet", "--initial-branch=main");
        Git(root, "add", "--all");
        Git(root, "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "--quiet", "--message=The sample site");

        var port = FreePort();
        var start = new ProcessStartInfo("node", [Server]) { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["BIND_HOST"] = "127.0.0.1";
        start.Environment["GIT_REPO_DIRECTORY"] = root;
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var site = new DecapSite(root, process, new Uri($"http://127.0.0.1:{port}/api/v1"));
        await WaitForPortAsync(port);
        await site.RebuildAsync();
        return site;
    }

    /// <summary>Builds the clone's content as it is now into <see cref="Output"/>, with the bundle beside admin/index.html.</summary>
    public async Task RebuildAsync()
    {
        var result = Build.Run(Options(Output));
        Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.Succeeded), () => string.Join("\n", result.Diagnostics));
        File.Copy(Bundle, Path.Combine(Output, "admin", "decap-cms.js"), overwrite: true);
        if (server is null)
        {
            server = await StaticSiteServer.StartAsync(Output);
        }
    }

    /// <summary>What <c>portalgen check</c> reports for the clone: a build that writes nothing.</summary>
    public BuildResult Check() => Build.Run(Options(null));

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        backend.Kill(entireProcessTree: true);
        await backend.WaitForExitAsync();
        backend.Dispose();
        Directory.Delete(Root, recursive: true);
    }

    private BuildOptions Options(string? output) => new()
    {
        ContentDirectory = Content,
        TemplatesDirectory = Path.Combine(RepositoryRoot.Path, "templates"),
        OutputDirectory = output,
        DisplayRoot = Root,
    };

    private static void Git(string folder, params string[] arguments)
    {
        using var git = Process.Start(new ProcessStartInfo("git", arguments) { WorkingDirectory = folder, RedirectStandardError = true })!;
        git.WaitForExit();
        Assert.That(git.ExitCode, Is.Zero, () => $"git {string.Join(' ', arguments)}: {git.StandardError.ReadToEnd()}");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        Assert.Fail($"decap-server did not listen on port {port} within 20 s");
    }
}
