using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Parsing;

namespace PortalGen.Tests.Serving;

/// <summary>The preview server's parse cache: an unchanged file under settings read again is not parsed again.</summary>
public sealed class ParseCacheTests
{
    private static readonly SourceFile Release = new("news/2020/x.md", "content/news/2020/x.md", "---\ntitle: X\ndate: 2020-12-02\n---\nBody.\n");

    [Test]
    public void An_unchanged_file_is_not_parsed_again_when_site_yml_is_read_again()
    {
        var cache = new ContentDocumentCache();
        var content = new ContentIndex([Release.RelativePath], [], []);

        var first = cache.Parse(Release, SettingsAsRead(), content, new DiagnosticBag());
        var second = cache.Parse(Release, SettingsAsRead(), content, new DiagnosticBag());

        Assert.That(second, Is.SameAs(first));
    }

    [Test]
    public void A_file_is_parsed_again_when_the_languages_change()
    {
        var cache = new ContentDocumentCache();
        var content = new ContentIndex([Release.RelativePath], [], []);

        var first = cache.Parse(Release, SettingsAsRead(), content, new DiagnosticBag());
        var second = cache.Parse(Release, SettingsAsRead() with { Languages = [new SiteLanguage("en"), new SiteLanguage("fr")] }, content, new DiagnosticBag());

        Assert.That(second, Is.Not.SameAs(first));
    }

    /// <summary>Settings as each read of the same site.yml makes them: equal values in new lists.</summary>
    private static SiteSettings SettingsAsRead() => new()
    {
        Title = "Test Portal",
        BaseUrl = new Uri("https://news.example.org/"),
        Languages = ImmutableArray.Create(new SiteLanguage("en"), new SiteLanguage("de")),
    };
}
