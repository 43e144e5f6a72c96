using PortalGen.Tests.Support;

namespace PortalGen.Tests.Deploy;

/// <summary>site.yml's <c>deploy: {minify_html: true}</c>: smaller pages that read the same.</summary>
public sealed class HtmlMinifyTests
{
    private static readonly string Minified = DeploySite.Files + "-- content/site.yml --\ntitle: Test Portal\nbase_url: https://news.example.org/\nlanguages:\n  en:\n  de:\ndeploy:\n  minify_html: true\n";

    [Test]
    public void Minified_pages_are_smaller_and_have_the_same_text_links_and_json_ld()
    {
        var plain = MemorySite.BuildOk(DeploySite.Files);
        var minified = MemorySite.BuildOk(Minified);

        Assert.That(minified.OutputPaths, Is.EqualTo(plain.OutputPaths));
        Assert.Multiple(() =>
        {
            foreach (var path in DeploySite.Pages(plain).Where(path => !path.StartsWith("admin/", StringComparison.Ordinal)))
            {
                var before = plain.Html(path);
                var after = minified.Html(path);
                Assert.That(minified.Bytes(path)!, Has.Length.LessThan(plain.Bytes(path)!.Length), path);
                // Whitespace between blocks may go (it shows nowhere); within a paragraph, a link or a cell, every word stays apart.
                Assert.That(Dense(after.Body!.TextContent), Is.EqualTo(Dense(before.Body!.TextContent)), path);
                Assert.That(Runs(after), Is.EqualTo(Runs(before)), path);
                Assert.That(after.Title, Is.EqualTo(before.Title), path);
                Assert.That(after.All.Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).OfType<string>(), Is.EqualTo(before.All.Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")).OfType<string>()), path);
                Assert.That(after.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent), Is.EqualTo(before.QuerySelectorAll("script[type='application/ld+json']").Select(s => s.TextContent)), path);
                Assert.That(after.QuerySelectorAll("pre").Select(pre => pre.TextContent), Is.EqualTo(before.QuerySelectorAll("pre").Select(pre => pre.TextContent)), path);
            }
        });
    }

    [Test]
    public void Pages_are_not_minified_by_default()
    {
        Assert.That(MemorySite.BuildOk(DeploySite.Files).Read("index.html"), Does.Contain("\n<meta name=\"viewport\""));
    }

    private const string TextBlocks = "p, li, a, h1, h2, h3, h4, figcaption, td, th, dt, dd, time, button, label";

    private const string Blocks = "p, div, h1, h2, h3, h4, ul, ol, li, figure, section, article, header, footer, nav, table, blockquote, pre, dl";

    /// <summary>The words of each element in which text runs inline (no block inside it).</summary>
    private static IEnumerable<string> Runs(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll(TextBlocks).Where(e => e.QuerySelector(Blocks) is null).Select(e => Words(e.TextContent));

    private static string Dense(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>The text as a reader sees it: whitespace between words, however much, is one space.</summary>
    private static string Words(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
