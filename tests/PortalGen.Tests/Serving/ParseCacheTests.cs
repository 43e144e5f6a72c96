using System.Collections.Immutable;
using PortalGen.Diagnostics;
using PortalGen.Loading;
using PortalGen.Model;
using PortalGen.Serving.Caching;

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

    [Test]
    public void Every_file_is_parsed_again_when_the_languages_change_after_a_rebuild_that_kept_them()
    {
        var cache = new ContentDocumentCache();
        var other = new SourceFile("news/2020/y.md", "content/news/2020/y.md", "---\ntitle: Y\ndate: 2020-12-03\n---\nBody.\n");
        var content = new ContentIndex([Release.RelativePath, other.RelativePath], [], []);
        var first = SettingsAsRead();
        cache.Parse(Release, first, content, new DiagnosticBag());
        var kept = cache.Parse(other, first, content, new DiagnosticBag());
        var again = SettingsAsRead();
        cache.Parse(Release, again, content, new DiagnosticBag());
        cache.Parse(other, again, content, new DiagnosticBag());

        var french = again with { Languages = [new SiteLanguage("en"), new SiteLanguage("fr")] };
        cache.Parse(Release, french, content, new DiagnosticBag());

        Assert.That(cache.Parse(other, french, content, new DiagnosticBag()), Is.Not.SameAs(kept));
    }

    /// <summary>Settings as each read of the same site.yml makes them: equal values in new lists.</summary>
    private static SiteSettings SettingsAsRead() => new()
    {
        Title = "Test Portal",
        BaseUrl = new Uri("https://news.example.org/"),
        Languages = ImmutableArray.Create(new SiteLanguage("en"), new SiteLanguage("de")),
    };
}
