using System.Text.RegularExpressions;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Deploy;

/// <summary>_headers (Netlify, Cloudflare Pages): security headers, a strict Content-Security-Policy, immutable caching of the fingerprinted assets.</summary>
public sealed partial class HeadersFileTests
{
    private const string SitePolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; media-src 'self' https:; font-src 'self'; connect-src 'self'; frame-src https://www.youtube-nocookie.com https://player.vimeo.com; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    private const string Editor = "editor:\n  enabled: true\n  backend: {repo: consortium/news, branch: main}\n";

    [Test]
    public void A_site_without_the_editor_has_one_rule_for_everything_and_one_per_fingerprinted_asset()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease);
        var rules = Rules(site.Read("_headers"));
        var assets = site.OutputPaths.Where(path => FingerprintedName().IsMatch(path)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(rules.Keys, Is.EqualTo(new[] { "/*" }.Concat(assets.Select(path => "/" + path))));
            Assert.That(rules["/*"], Is.EqualTo(new[]
            {
                "Strict-Transport-Security: max-age=31536000",
                "X-Content-Type-Options: nosniff",
                "Referrer-Policy: strict-origin-when-cross-origin",
                "Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
                "Content-Security-Policy: " + SitePolicy,
            }));
            Assert.That(assets, Has.Count.EqualTo(8), "a stylesheet, two scripts, five fonts");
            Assert.That(assets.Select(path => rules["/" + path]), Is.All.EqualTo(new[] { "Cache-Control: public, max-age=31536000, immutable" }));
        });
    }

    [Test]
    public void The_rules_are_below_the_sites_base_path()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease.Replace("base_url: https://news.example.org/", "base_url: https://example.org/news/", StringComparison.Ordinal));

        Assert.That(Rules(site.Read("_headers")).Keys, Is.All.StartWith("/news/"));
    }

    [Test]
    public void With_the_editor_its_folder_has_its_own_policy_and_no_path_gets_two()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease.Replace("paginate: 2\n", "paginate: 2\n" + Editor, StringComparison.Ordinal));
        var rules = Rules(site.Read("_headers"));
        var policies = rules.Where(rule => rule.Value.Any(line => line.StartsWith("Content-Security-Policy:", StringComparison.Ordinal))).Select(rule => rule.Key).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(rules["/*"], Has.None.StartWith("Content-Security-Policy"));
            Assert.That(rules["/admin/*"], Is.EqualTo(new[] { "Content-Security-Policy: default-src 'self'; script-src 'self' https://unpkg.com 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data: blob:; media-src 'self' https: blob:; font-src 'self' data:; connect-src 'self' https://api.github.com; frame-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'" }));
            Assert.That(rules["/"], Is.EqualTo(new[] { "Content-Security-Policy: " + SitePolicy }));
            Assert.That(policies, Does.Contain("/index.html").And.Contain("/news/*").And.Contain("/assets/*").And.Contain("/404.html"));

            // Every top-level entry but the editor's is covered by exactly one policy rule.
            foreach (var path in site.OutputPaths.Where(path => path != "_headers"))
            {
                var covering = policies.Where(rule => Covers(rule, "/" + path)).ToList();
                Assert.That(covering, Has.Count.EqualTo(1), path);
                Assert.That(covering.Single() == "/admin/*", Is.EqualTo(path.StartsWith("admin/", StringComparison.Ordinal)), path);
            }
        });
    }

    [Test]
    public void A_site_may_turn_headers_off()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease.Replace("paginate: 2\n", "paginate: 2\ndeploy:\n  headers: false\n", StringComparison.Ordinal));

        Assert.That(site.Exists("_headers"), Is.False);
    }

    [Test]
    public void A_sites_own_headers_file_in_static_replaces_the_generated_one()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease + "-- content/static/_headers --\n/*\n  X-Frame-Options: DENY\n");

        Assert.That(site.Read("_headers"), Is.EqualTo("/*\n  X-Frame-Options: DENY\n"));
    }

    [TestCase("deploy: yes\n", "content/site.yml:5:9: error: 'deploy' must be a set of 'key: value' lines, found 'yes' (write 'deploy:' and below it, indented, 'headers: true' or 'minify_html: true')")]
    [TestCase("deploy:\n  header: false\n", "content/site.yml:6:3: warning: unknown setting 'deploy.header' is ignored (did you mean 'headers'?)")]
    [TestCase("deploy:\n  minify_html: sometimes\n", "content/site.yml:6:16: error: 'deploy.minify_html' must be true or false, found 'sometimes'")]
    public void A_wrong_deploy_setting_is_reported_at_its_place(string setting, string expected)
    {
        var site = MemorySite.Build(TestSite.OneRelease.Replace("paginate: 2\n", "paginate: 2\n" + setting, StringComparison.Ordinal));

        Assert.That(TestSite.Lines(site.Result), Has.One.EqualTo(expected));
    }

    [Test]
    public void The_readmes_nginx_snippet_sends_the_same_headers()
    {
        var readme = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "..", "..", "..", "..", "..", "README.md"));
        var snippet = readme[readme.IndexOf("```nginx", StringComparison.Ordinal)..];
        snippet = snippet[..snippet.IndexOf("\n```\n", StringComparison.Ordinal)];
        var site = MemorySite.BuildOk(TestSite.OneRelease);
        var rules = Rules(site.Read("_headers"));
        var nginx = NginxHeader().Matches(snippet).Select(match => $"{match.Groups["name"].Value}: {match.Groups["value"].Value}").ToList();

        Assert.Multiple(() =>
        {
            Assert.That(nginx, Is.SupersetOf(rules["/*"]));
            Assert.That(nginx, Does.Contain(rules["/" + site.OutputPaths.First(path => FingerprintedName().IsMatch(path))].Single()));
        });
    }

    /// <summary>The rules of a _headers file: each path with its header lines.</summary>
    private static Dictionary<string, string[]> Rules(string file)
    {
        var rules = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var blocks = file.Split("\n\n").Skip(1);
        foreach (var block in blocks)
        {
            var lines = block.TrimEnd('\n').Split('\n');
            rules.Add(lines[0], [.. lines.Skip(1).Select(line => line.Trim())]);
        }

        return rules;
    }

    /// <summary>As Netlify and Cloudflare Pages match: a trailing * matches the rest of the path.</summary>
    private static bool Covers(string rule, string path) =>
        rule.EndsWith('*') ? path.StartsWith(rule[..^1], StringComparison.Ordinal) : path == rule;

    [GeneratedRegex("^assets/.+\\.[0-9a-f]{10}\\.(css|js|woff2)$")]
    private static partial Regex FingerprintedName();

    [GeneratedRegex("add_header (?<name>[A-Za-z-]+) \"(?<value>[^\"]+)\" always;")]
    private static partial Regex NginxHeader();
}
