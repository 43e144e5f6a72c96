using System.Security.Cryptography;
using System.Text;
using PortalGen.Diagnostics;
using PortalGen.Model;
using PortalGen.Planning;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Deploy;

/// <summary>The theme's css, js and fonts are published minified under names that hash their content, and pages load them with integrity.</summary>
public sealed class FingerprintedAssetTests
{
    private static readonly string[] PlainNames = ["assets/css/site.css", "assets/js/search.js", "assets/js/embeds.js", "assets/fonts/NotoSans-Bold.latin.woff2"];

    [Test]
    public void Every_stylesheet_and_script_a_page_loads_is_a_fingerprinted_file_whose_bytes_match_its_integrity()
    {
        var site = MemorySite.BuildOk(DeploySite.Files);
        var checkedFiles = new HashSet<string>(StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            foreach (var path in DeploySite.Pages(site).Where(path => !path.StartsWith("admin/", StringComparison.Ordinal)))
            {
                var page = site.Html(path);
                foreach (var element in page.QuerySelectorAll("link[rel=stylesheet], script[src]"))
                {
                    var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                    Assert.That(url, Does.Match("^/assets/(css|js)/[^/]+\\.[0-9a-f]{10}\\.(css|js)$"), path);
                    var bytes = site.Bytes(url[1..]);
                    Assert.That(bytes, Is.Not.Null, $"{path} names {url}, which is not published");
                    Assert.That(element.GetAttribute("integrity"), Is.EqualTo("sha384-" + Convert.ToBase64String(SHA384.HashData(bytes ?? []))), path);
                    checkedFiles.Add(url);
                }

                foreach (var preload in page.QuerySelectorAll("link[rel=preload]"))
                {
                    Assert.That(site.Exists(preload.GetAttribute("href")![1..]), Is.True, $"{path} preloads {preload.GetAttribute("href")}");
                }
            }

            Assert.That(checkedFiles, Has.Count.EqualTo(3), "the stylesheet, the search script and the video script");
            Assert.That(PlainNames.Where(site.Exists), Is.Empty, "the plain names are not published");
        });
    }

    [Test]
    public void The_stylesheet_is_minified_ends_with_the_brand_colour_and_names_the_fonts_by_their_fingerprinted_names()
    {
        var site = MemorySite.BuildOk(DeploySite.Files);
        var css = site.Read(site.OutputPaths.Single(path => path.StartsWith("assets/css/site.", StringComparison.Ordinal)));
        var fonts = css.Split("url(").Skip(1).Select(reference => reference[..reference.IndexOf(')')]).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(css, Does.Not.Contain("\n  "), "minified");
            Assert.That(css, Does.EndWith(":root{--brand:#00528a}\n"));
            Assert.That(fonts, Has.Count.EqualTo(5));
            Assert.That(fonts, Is.All.Match("^\\.\\./fonts/Noto[A-Za-z-]+\\.latin\\.[0-9a-f]{10}\\.woff2$"));
            Assert.That(fonts.Select(font => "assets/" + font[3..]).Where(font => !site.Exists(font)), Is.Empty);
        });
    }

    [Test]
    public void An_asset_name_changes_with_its_content_and_only_then()
    {
        static string Name(string css) =>
            MemorySite.BuildOk(TestSite.OneRelease + "-- templates/assets/css/site.css --\n" + css).OutputPaths.Single(path => path.StartsWith("assets/css/site.", StringComparison.Ordinal));

        var first = Name("body { color: red; }\n");
        Assert.Multiple(() =>
        {
            Assert.That(Name("body { color: red; }\n"), Is.EqualTo(first));
            Assert.That(Name("body {\n  color:   red;\n}\n"), Is.EqualTo(first), "the same minified bytes");
            Assert.That(Name("body { color: blue; }\n"), Is.Not.EqualTo(first));
        });
    }

    [Test]
    public void A_new_brand_colour_is_a_new_stylesheet_name()
    {
        static string Name(string accent) =>
            MemorySite.BuildOk(TestSite.OneRelease.Replace("paginate: 2\n", $"paginate: 2\nbrand:\n  accent: \"{accent}\"\n", StringComparison.Ordinal))
                .OutputPaths.Single(path => path.StartsWith("assets/css/site.", StringComparison.Ordinal));

        Assert.That(Name("#8a1538"), Is.Not.EqualTo(Name("#00528a")));
    }

    [Test]
    public void Two_builds_publish_the_same_bytes()
    {
        var first = MemorySite.BuildOk(DeploySite.Files);
        var second = MemorySite.BuildOk(DeploySite.Files, settings => settings with { MaxParallelism = 1 });

        Assert.Multiple(() =>
        {
            Assert.That(second.OutputPaths, Is.EqualTo(first.OutputPaths));
            foreach (var path in first.OutputPaths)
            {
                Assert.That(second.Bytes(path), Is.EqualTo(first.Bytes(path)), path);
            }
        });
    }

    [Test]
    public void A_script_the_minifier_cannot_read_is_published_as_it_is_with_a_warning_at_its_line()
    {
        var site = MemorySite.Build(TestSite.OneRelease + "-- templates/assets/js/search.js --\nconst a = 1;\nconst b = 1 +* 2;\n");
        var script = site.OutputPaths.Single(path => path.StartsWith("assets/js/search.", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            Assert.That(site.Result.Outcome, Is.EqualTo(BuildOutcome.Succeeded));
            Assert.That(TestSite.Lines(site.Result), Has.One.Match($"^templates/assets/js/search\\.js:2:14: warning: the file is published as it is, not minified: .+ \\(check the syntax near this line"));
            Assert.That(site.Result.Diagnostics.Single().Code, Is.EqualTo(DiagnosticCodes.AssetNotMinified));
            Assert.That(Encoding.UTF8.GetString(site.Bytes(script)!), Is.EqualTo("const a = 1;\nconst b = 1 +* 2;\n"));
        });
    }

    [Test]
    public void A_script_on_which_the_minifier_itself_fails_is_published_as_it_is_with_a_warning_on_the_file()
    {
        var site = MemorySite.Build(TestSite.OneRelease + "-- templates/assets/js/search.js --\nconst b = (;\n");

        Assert.Multiple(() =>
        {
            Assert.That(site.Result.Outcome, Is.EqualTo(BuildOutcome.Succeeded));
            Assert.That(TestSite.Lines(site.Result), Is.EqualTo(new[] { "templates/assets/js/search.js: warning: the file is published as it is, not minified: the minifier failed on it (check its syntax; browsers may skip what the minifier could not read)" }));
        });
    }

    [Test]
    public void A_template_asking_for_an_asset_the_theme_lacks_fails_at_the_call()
    {
        var site = MemorySite.Build(TestSite.OneRelease + "-- templates/layouts/404.html --\n<p>{{ (asset \"css/nope.css\").url }}</p>\n");

        Assert.That(TestSite.Lines(site.Result), Has.One.Match("^templates/layouts/404\\.html:1:\\d+: error: template: there is no theme asset 'css/nope\\.css' \\(the names are css/site\\.css, .*js/search\\.js\\)"));
    }

    [Test]
    public void A_theme_file_the_disk_will_not_give_is_an_error_at_the_file_not_a_crash()
    {
        // Removed or replaced between the listing and the read (an editor saving during a build).
        var diagnostics = new DiagnosticBag();
        var gone = new StaticFile("assets/css/extra.css", "templates/assets/css/extra.css", () => throw new FileNotFoundException("Could not find file 'extra.css'."));
        var kept = new StaticFile("assets/js/extra.js", "templates/assets/js/extra.js", () => new MemoryStream("let a = 1;"u8.ToArray()));

        var minified = ThemeAssets.Minify([gone, kept], preview: false, diagnostics);

        Assert.Multiple(() =>
        {
            Assert.That(diagnostics.ToSortedArray().Select(d => d.ToString()), Is.EqualTo(new[] { "templates/assets/css/extra.css: error: cannot read the file: Could not find file 'extra.css'." }));
            Assert.That(minified.Select(asset => asset.File.OutputPath), Is.EqualTo(new[] { "assets/js/extra.js" }));
        });
    }
}
