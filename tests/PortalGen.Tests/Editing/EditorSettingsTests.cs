using PortalGen.Tests.Support;

namespace PortalGen.Tests.Editing;

/// <summary>site.yml's <c>editor:</c> block: each mistake a diagnostic at its line with a hint, never an exception.</summary>
public sealed class EditorSettingsTests
{
    [TestCase("editor: on", "PG0190", "content/site.yml:4:9: error: 'editor' must be a set of 'key: value' lines, found 'on' (write 'editor:' and below it, indented, 'enabled: true')")]
    [TestCase("editor: {enabled: true}", "PG0191", "content/site.yml:4:1: error: the editor needs the GitHub repository it commits to (add 'backend: {repo: owner/name, branch: main}' under 'editor:')")]
    [TestCase("editor: {enabled: true, backend: {repo: just-a-name}}", "PG0190", "content/site.yml:4:41: error: 'editor.backend.repo' is not valid: 'just-a-name' (write a GitHub repository as owner/name, such as cyber-valley/news)")]
    [TestCase("editor: {enabled: true, backend: {repo: a/b}, cms_url: http://cdn.example/decap.js}", "PG0190", "content/site.yml:4:56: error: 'editor.cms_url' is not valid: 'http://cdn.example/decap.js' (write an https:// address or a path on the site such as /admin/decap-cms.js)")]
    [TestCase("editor: {enabled: true, backend: {repo: a/b}, cms_integrity: md5-abc}", "PG0190", "content/site.yml:4:62: error: 'editor.cms_integrity' is not valid: 'md5-abc' (write a digest such as sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC)")]
    [TestCase("editor: {enabled: true, backend: {repo: a/b}, cms_url: https://cdn.example/decap.js}", "PG0192", "content/site.yml:4:56: warning: the editor loads its script from 'https://cdn.example/decap.js' without checking it (add 'cms_integrity: sha384-…', the digest of the file (openssl dgst -sha384 -binary decap-cms.js | openssl base64 -A))")]
    [TestCase("editor: {enabled: true, backend: {repo: a/b, brnach: main}}", "PG0190", "content/site.yml:4:46: warning: unknown setting 'editor.backend.brnach' is ignored (did you mean 'branch'?)")]
    [TestCase("editor: {enabeld: true}", "PG0190", "content/site.yml:4:10: warning: unknown setting 'editor.enabeld' is ignored (did you mean 'enabled'?)")]
    public void A_wrong_editor_setting_is_reported_where_it_was_written(string line, string code, string expected)
    {
        using var site = TestSite.Create(TestSite.Basics);
        site.WriteFile("content/site.yml", System.Text.Encoding.UTF8.GetBytes($"title: Test Portal\nbase_url: https://news.example.org/\npaginate: 2\n{line}\n"));

        var result = site.Build(options => options with { OutputDirectory = null });

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.EqualTo(new[] { expected }));
            Assert.That(result.Diagnostics.Select(d => d.Code), Is.EqualTo(new[] { code }));
        });
    }

    [Test]
    public void The_page_loads_the_pinned_cms_with_its_integrity_and_points_at_the_config()
    {
        using var site = TestSite.Create(TestSite.Basics + EditorSites.EditorOn);
        site.BuildOk();
        var page = site.Html("admin/index.html");
        var script = page.QuerySelector("script[integrity]")!;

        Assert.Multiple(() =>
        {
            Assert.That(script.GetAttribute("src"), Is.EqualTo("https://unpkg.com/decap-cms@3.16.3/dist/decap-cms.js"));
            Assert.That(script.GetAttribute("integrity"), Does.StartWith("sha384-"));
            Assert.That(script.GetAttribute("crossorigin"), Is.EqualTo("anonymous"));
            Assert.That(page.QuerySelector("link[rel=cms-config-url]")!.GetAttribute("href"), Is.EqualTo("/admin/config.yml"));
            Assert.That(page.QuerySelector("meta[name=robots]")!.GetAttribute("content"), Is.EqualTo("noindex"));
            Assert.That(site.Read("admin/preview.js"), Does.Match("^CMS\\.registerPreviewStyle\\(\"/assets/css/site\\.[0-9a-f]{10}\\.css\"\\);\n$"));
        });
    }

    [Test]
    public void A_self_hosted_cms_is_loaded_from_the_site_without_a_digest()
    {
        using var site = TestSite.Create(TestSite.Basics + EditorSites.EditorOn.Replace("backend:", "cms_url: /admin/decap-cms.js\n  backend:", StringComparison.Ordinal));
        site.BuildOk();
        var script = site.Html("admin/index.html").QuerySelector("script")!;

        Assert.Multiple(() =>
        {
            Assert.That(script.GetAttribute("src"), Is.EqualTo("/admin/decap-cms.js"));
            Assert.That(script.HasAttribute("integrity"), Is.False);
        });
    }
}
