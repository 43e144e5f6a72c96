using AngleSharp.Dom;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Deploy;

/// <summary>The default theme's pages hold no inline style or script, so a Content-Security-Policy without 'unsafe-inline' allows all they need.</summary>
public sealed class NoInlineCodeTests
{
    [Test]
    public void No_page_has_an_inline_style_script_or_event_handler()
    {
        AssertNoInlineCode(MemorySite.BuildOk(DeploySite.Files));
    }

    [Test]
    public void No_page_of_a_preview_build_has_one_either_and_the_banner_style_is_a_checked_file()
    {
        var site = MemorySite.BuildOk(DeploySite.Files, settings => settings with { PreviewBanner = "PR #1" });
        var link = site.Html("index.html").QuerySelectorAll("link[rel=stylesheet]").Single(link => link.GetAttribute("href")!.Contains("preview-banner", StringComparison.Ordinal));

        Assert.Multiple(() =>
        {
            AssertNoInlineCode(site);
            Assert.That(site.Html("index.html").QuerySelector("body > div.portalgen-preview")!.TextContent, Is.EqualTo("Preview: PR #1. Not the published site."));
            Assert.That(site.Read(link.GetAttribute("href")![1..]), Does.Contain(".portalgen-preview{"));
            Assert.That(link.GetAttribute("integrity"), Does.StartWith("sha384-"));
        });
    }

    [Test]
    public void A_tables_column_alignment_is_a_class_not_a_style_attribute()
    {
        var page = MemorySite.BuildOk(DeploySite.Files).Html("news/2020/video/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelectorAll(".prose td").Select(cell => cell.ClassName), Is.EqualTo(new[] { "align-left", "align-right" }));
            Assert.That(page.QuerySelectorAll(".prose th").Select(cell => cell.ClassName), Is.EqualTo(new[] { "align-left", "align-right" }));
            Assert.That(page.QuerySelectorAll("col"), Is.Empty);
        });
    }

    private static void AssertNoInlineCode(MemorySite site)
    {
        var pages = DeploySite.Pages(site).Where(path => !path.StartsWith("admin/", StringComparison.Ordinal)).ToList();
        Assert.That(pages, Has.Count.GreaterThan(20));
        Assert.Multiple(() =>
        {
            foreach (var path in pages)
            {
                var page = site.Html(path);
                Assert.That(page.QuerySelectorAll("style"), Is.Empty, path);
                Assert.That(page.QuerySelectorAll("[style]").Select(element => element.OuterHtml), Is.Empty, path);
                Assert.That(page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])").Select(element => element.OuterHtml), Is.Empty, path);
                Assert.That(page.All.SelectMany(EventHandlers), Is.Empty, path);
                Assert.That(page.QuerySelectorAll("a[href^='javascript:']"), Is.Empty, path);
            }
        });
    }

    private static IEnumerable<string> EventHandlers(IElement element) =>
        element.Attributes.Where(attribute => attribute.Name.StartsWith("on", StringComparison.Ordinal)).Select(attribute => $"{element.LocalName} {attribute.Name}");
}
