using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PortalGen.BrowserTests.Support;
using PortalGen.Settings;

namespace PortalGen.BrowserTests;

/// <summary>
/// Once for all browser tests: builds the sample site (the repository's content/ and templates/),
/// serves it on 127.0.0.1, and launches Debian's chromium through Playwright when it is installed.
/// </summary>
[SetUpFixture]
public sealed partial class BrowserSite
{
    /// <summary>"Now" for the build, so the sample site's set of releases never depends on the day the tests run.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static string? output;
    private static StaticSiteServer? server;
    private static IPlaywright? playwright;
    private static IBrowser? browser;

    /// <summary>The built site's folder.</summary>
    public static string Output => output ?? throw new InvalidOperationException("the site was not built");

    /// <summary>The served site's root, ending in a slash.</summary>
    public static Uri Address => server?.Address ?? throw new InvalidOperationException("the site is not served");

    /// <summary>Where screenshots go: artifacts/screenshots at the repository root (git-ignored).</summary>
    public static string Screenshots => Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");

    [OneTimeSetUp]
    public async Task BuildServeAndLaunch()
    {
        output = Path.Combine(Path.GetTempPath(), "portalgen-browser-tests", Guid.NewGuid().ToString("N"), "public");
        var result = Build.Run(new BuildOptions
        {
            ContentDirectory = Path.Combine(RepositoryRoot.Path, "content"),
            TemplatesDirectory = Path.Combine(RepositoryRoot.Path, "templates"),
            OutputDirectory = output,
            DisplayRoot = RepositoryRoot.Path,
            Clock = new FixedClock(Now),
        });
        Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.Succeeded), () => string.Join("\n", result.Diagnostics));
        server = await StaticSiteServer.StartAsync(output);

        // Without chromium the site is still built and served: the Nu checker needs only Java,
        // and each browser test reports the missing browser itself (BrowserTools).
        if (File.Exists(BrowserTools.Chromium))
        {
            playwright = await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = BrowserTools.Chromium,
                Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            });
        }
    }

    [OneTimeTearDown]
    public async Task CloseAndClean()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (server is not null)
        {
            await server.DisposeAsync();
        }

        if (output is not null && Directory.Exists(Path.GetDirectoryName(output)))
        {
            Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
        }
    }

    /// <summary>
    /// A fresh page in its own context (no shared cookies or cache), on the sample site or the site served at
    /// <paramref name="site"/>; ignores or fails the test without chromium.
    /// </summary>
    public static async Task<IPage> NewPageAsync(int width = 1280, int height = 800, ColorScheme colorScheme = ColorScheme.Light, Uri? site = null)
    {
        BrowserTools.RequireChromium();
        var context = await browser!.NewContextAsync(new()
        {
            BaseURL = (site ?? Address).ToString(),
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = colorScheme,
            ReducedMotion = ReducedMotion.Reduce,
        });
        return await context.NewPageAsync();
    }

    /// <summary>
    /// Loads the page's lazy images too (below the fold they never load in a still window, not even
    /// for a full-page screenshot), waits for all of them, and returns the addresses of those that failed.
    /// </summary>
    public static async Task<string[]> LoadAllImagesAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            async () => {
              const images = [...document.images];
              images.forEach(i => i.loading = 'eager');
              await Promise.all(images.map(i => i.complete ? null : new Promise(done => { i.onload = done; i.onerror = done; })));
              return images.filter(i => i.naturalWidth === 0).map(i => i.src);
            }
            """);

    /// <summary>Whether the built site has this file (pages other branches add are visited only when present).</summary>
    public static bool Has(string outputPath) => File.Exists(Path.Combine(Output, outputPath));

    /// <summary>Every HTML file of the built site, sorted ordinally.</summary>
    public static IReadOnlyList<string> HtmlFiles() =>
        [.. Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    /// <summary>
    /// One page of each kind in the output (the kind is read from <c>&lt;body class="kind-…"&gt;</c>):
    /// the shallowest, then ordinally first, so the home page stands for "home" and not /page/2/.
    /// </summary>
    public static IReadOnlyList<(string Kind, string Url)> OnePagePerKind() =>
        [.. HtmlFiles()
            .Select(file => (Kind: KindOf(File.ReadAllText(file)), Path: Path.GetRelativePath(Output, file).Replace('\\', '/')))
            .Where(page => page.Kind is not null)
            .GroupBy(page => page.Kind!, StringComparer.Ordinal)
            .Select(kind => kind.OrderBy(page => page.Path.Count(c => c == '/')).ThenBy(page => page.Path, StringComparer.Ordinal).First())
            .OrderBy(page => page.Kind, StringComparer.Ordinal)
            .Select(page => (page.Kind!, UrlOf(page.Path)))];

    /// <summary>The URL a static host serves a file at; the search page with a query, so it shows results.</summary>
    public static string UrlOf(string outputPath)
    {
        var url = "/" + (outputPath.EndsWith("index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length] : outputPath);
        return url == "/search/" ? "/search/?q=robot" : url;
    }

    private static string? KindOf(string html) => BodyKind().Match(html) is { Success: true } match ? match.Groups[1].Value : null;

    [GeneratedRegex("""<body[^>]*\bclass="[^"]*\bkind-([a-z0-9-]+)""")]
    private static partial Regex BodyKind();
}
