using PortalGen.Corpus;
using PortalGen.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Tests.Benchmarking;

/// <summary>
/// The benchmark corpus (tests/PortalGen.Corpus): the same arguments write the same bytes, PortalGen builds the
/// corpus whole, and its Hugo twin holds the same releases. Hugo itself is not run (CI machines lack it): the tests
/// read the Hugo site's files. One small corpus with two photos as small as a lead photo may be, generated and built once, keeps them quick.
/// </summary>
public sealed class BenchmarkCorpusTests
{
    private const int Releases = 40;
    private TestSite site = null!;
    private BuildResult build = null!;

    private string Content => CorpusWriter.ContentFolder(site.Root);

    private string Hugo => Path.Combine(site.Root, CorpusWriter.HugoFolder);

    [OneTimeSetUp]
    public void GenerateAndBuild()
    {
        site = TestSite.Create("");
        Generate(site.Root, photos: 2);
        build = site.Build(options => options with { ContentDirectory = Content });
    }

    [OneTimeTearDown]
    public void Delete() => site.Dispose();

    [Test]
    public void The_same_arguments_write_the_same_bytes()
    {
        var again = Path.Combine(site.Root, "again");
        Generate(again, photos: 2);
        var first = FolderSnapshot.Of(Content).Concat(FolderSnapshot.Of(Hugo)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(FolderSnapshot.Of(CorpusWriter.ContentFolder(again)).Concat(FolderSnapshot.Of(Path.Combine(again, CorpusWriter.HugoFolder))), Is.EqualTo(first));
            Assert.That(first.Count(file => file.Path.EndsWith("/photo.jpg", StringComparison.Ordinal)), Is.EqualTo(4), "two photos in each flavour");
        });
    }

    [Test]
    public void Another_seed_writes_other_releases()
    {
        var other = Path.Combine(site.Root, "other");
        Generate(other, photos: 0, "--seed", "7");

        Assert.That(ReleasesIn(CorpusWriter.ContentFolder(other)).Select(r => r.Title), Is.Not.EquivalentTo(ReleasesIn(Content).Select(r => r.Title)));
    }

    [Test]
    public void PortalGen_builds_the_corpus_with_a_page_per_release_partner_and_topic()
    {
        var releases = ReleasesIn(Content);

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(build), Is.Empty);
            Assert.That(build.Outcome, Is.EqualTo(BuildOutcome.Succeeded));
            Assert.That(releases, Has.Count.EqualTo(Releases));
            foreach (var release in releases)
            {
                Assert.That(site.Exists(release.Page) ? site.Html(release.Page).QuerySelector("h1")?.TextContent : "no page", Is.EqualTo(release.Title), release.Page);
            }

            // Forty releases name every partner and every topic at least once.
            foreach (var page in Partner.All.Select(p => $"partners/{p.Id}/index.html").Concat(Topic.All.Select(t => $"topics/{t.Id}/index.html")))
            {
                Assert.That(site.Exists(page), page);
            }
        });
    }

    [Test]
    public void Release_pages_show_what_press_releases_hold()
    {
        var pages = ReleasesIn(Content).Select(release => site.Html(release.Page)).ToList();
        var withPhoto = ReleasesIn(Content).Where(release => release.Photo).Select(release => site.Html(release.Page)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(pages.Select(page => page.QuerySelectorAll("main h2").Length), Has.All.GreaterThanOrEqualTo(2), "a section heading and About");
            Assert.That(pages.Select(page => page.QuerySelectorAll("main ul li, main ol li").Length), Has.All.GreaterThanOrEqualTo(3), "the agreement's list");
            Assert.That(pages.Select(page => page.QuerySelectorAll("main blockquote").Length), Has.All.EqualTo(1));
            Assert.That(pages.Select(page => page.QuerySelectorAll("main a[href^='https://']").Length), Has.All.GreaterThanOrEqualTo(3), "the partners' sites");
            Assert.That(pages.Count(page => page.QuerySelector("main table") is not null), Is.InRange(5, 30), "a table in about a third");
            Assert.That(ReleasesIn(Content).Select(release => Words.Count(release.Body)), Has.All.InRange(350, 1000));
            Assert.That(withPhoto, Has.Count.EqualTo(2));
            Assert.That(withPhoto.Select(page => page.QuerySelector("main img[src*='photo']")), Has.All.Not.Null);
        });
    }

    [Test]
    public void The_Hugo_site_holds_the_same_releases_registries_and_photos()
    {
        var portalGen = ReleasesIn(Content);

        Assert.Multiple(() =>
        {
            Assert.That(ReleasesIn(Path.Combine(Hugo, "content")), Is.EqualTo(portalGen));
            Assert.That(FolderSnapshot.Of(Path.Combine(Hugo, "content", "news")), Is.EqualTo(FolderSnapshot.Of(Path.Combine(Content, "news"))), "the same files, photos included");
            Assert.That(FolderSnapshot.Of(Path.Combine(Hugo, "static")), Is.EqualTo(FolderSnapshot.Of(Path.Combine(Content, "static"))), "the same logos");
            foreach (var registry in new[] { "partners.yml", "topics.yml" })
            {
                Assert.That(File.ReadAllBytes(Path.Combine(Hugo, "data", registry)), Is.EqualTo(File.ReadAllBytes(Path.Combine(Content, registry))), registry);
            }

            // The layouts of the page set: releases, home, taxonomy lists, term pages, the feed.
            foreach (var layout in new[] { "hugo.yaml", "layouts/_default/single.html", "layouts/index.html", "layouts/_default/taxonomy.html", "layouts/_default/term.html", "layouts/index.atom.xml" })
            {
                Assert.That(File.Exists(Path.Combine(Hugo, layout)), layout);
            }
        });
    }

    private static void Generate(string folder, int photos, params string[] more)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Corpus.Program.Run(["--releases", $"{Releases}", "--photos", $"{photos}", "--photo-size", "1200x800", "--out", folder, .. more], output, error);

        Assert.That(exitCode, Is.Zero, error.ToString());
    }

    /// <summary>
    /// The releases of a content folder as each engine reads them, in path order: the page that both publish it at
    /// (Hugo's permalink news/:year/:slug/, from the front matter), its title, its body and whether it has a photo.
    /// </summary>
    private static List<CorpusRelease> ReleasesIn(string content) =>
        [.. Directory.EnumerateFiles(Path.Combine(content, "news"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(file =>
        {
            var parts = File.ReadAllText(file).Split("---\n", 3);
            var yaml = new YamlStream();
            yaml.Load(new StringReader(parts[1]));
            var frontMatter = (YamlMappingNode)yaml.Documents[0].RootNode;
            string Value(string key) => ((YamlScalarNode)frontMatter[key]).Value!;
            return new CorpusRelease($"news/{Value("date")[..4]}/{Value("slug")}/index.html", Value("title"), parts[2], frontMatter.Children.ContainsKey("image"));
        })];

    private sealed record CorpusRelease(string Page, string Title, string Body, bool Photo);
}
