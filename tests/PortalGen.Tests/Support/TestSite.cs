using PortalGen.Settings;

namespace PortalGen.Tests.Support;

/// <summary>
/// A whole small site held inline in a test, txtar style as in Hugo's integration tests:
/// <c>-- content/site.yml --</c> starts a file, everything up to the next marker is its text.
/// It is written to a fresh temp folder and built with the real pipeline; tests assert on the output.
/// </summary>
internal sealed class TestSite : SiteOutputReader, IDisposable
{
    /// <summary>"Now" for every test build, so publication rules never depend on the day the tests run.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The registries and settings most tests share; a test adds its releases after it.</summary>
    public const string Basics = """
        -- content/site.yml --
        title: Test Portal
        description: Releases of the test consortium.
        base_url: https://news.example.org/
        paginate: 2
        -- content/partners.yml --
        - id: nec
          name: NEC Laboratories Europe
          short: NEC Labs
          kind: industry
          logo: /logos/nec.svg
        - id: mpi-is
          name: Max Planck Institute for Intelligent Systems
          short: MPI-IS
          kind: science
        - id: uni-tuebingen
          name: University of Tübingen
          kind: science
        -- content/topics.yml --
        - id: ai
          name: Artificial intelligence
        - id: start-ups
          name: Start-ups
        -- content/static/logos/nec.svg --
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>

        """;

    /// <summary>The basics and one release, content/news/2020/x.md, for tests about everything but content.</summary>
    public const string OneRelease = Basics + """
        -- content/news/2020/x.md --
        ---
        title: X
        date: 2020-12-02
        ---
        Body.

        """;

    /// <summary>A bundle, content/news/2020/x/, whose lead photo (lead.jpg, 2400×1600) has alt text and a credit.</summary>
    public const string LeadPhotoBundle = """
        -- content/news/2020/x/index.md --
        ---
        title: X
        date: 2020-12-02
        image: lead.jpg
        image_alt: The lab
        image_credit: Cyber Valley
        ---
        Body.
        -- content/news/2020/x/lead.jpg --
        (image 2400x1600)

        """;

    /// <summary>A plain page in the main menu, content/pages/about.md at /about/.</summary>
    public const string AboutPage = """
        -- content/pages/about.md --
        ---
        title: About
        ---
        About us.

        """;

    private TestSite(string root) => Root = root;

    public string Root { get; }

    public string Output => Path.Combine(Root, "public");

    public static TestSite Create(string txtar)
    {
        var root = Path.Combine(Path.GetTempPath(), "portalgen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var site = new TestSite(root);
        site.Add(txtar);
        return site;
    }

    /// <summary>Adds or replaces files given in txtar form.</summary>
    public void Add(string txtar)
    {
        foreach (var (path, text) in Txtar.Parse(txtar))
        {
            WriteFile(path, TestImages.FileBytes(path, text));
        }
    }

    public void WriteFile(string path, byte[] bytes)
    {
        var full = Path.Combine(Root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public BuildOptions Options(bool write = true) => new()
    {
        ContentDirectory = Path.Combine(Root, "content"),
        TemplatesDirectory = Path.Combine(Root, "templates"),
        OutputDirectory = write ? Output : null,
        DisplayRoot = Root,
        Clock = new FixedClock(Now),
    };

    public BuildResult Build(Func<BuildOptions, BuildOptions>? adjust = null) =>
        PortalGen.Build.Run(adjust is null ? Options() : adjust(Options()));

    /// <summary>Builds and fails the test, listing the diagnostics, unless the build succeeded.</summary>
    public BuildResult BuildOk(Func<BuildOptions, BuildOptions>? adjust = null)
    {
        var result = Build(adjust);
        Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.Succeeded), () => string.Join("\n", Lines(result)));
        return result;
    }

    /// <summary>Diagnostics exactly as the command line prints them.</summary>
    public static IReadOnlyList<string> Lines(BuildResult result) => [.. result.Diagnostics.Select(d => d.ToString())];

    public override IEnumerable<string> OutputPaths =>
        Directory.Exists(Output)
            ? Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(Output, file).Replace('\\', '/')).Order(StringComparer.Ordinal)
            : [];

    public override byte[]? Bytes(string outputPath)
    {
        var path = Path.Combine(Output, outputPath);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
