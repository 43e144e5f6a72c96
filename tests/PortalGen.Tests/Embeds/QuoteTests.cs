using PortalGen.Tests.Support;

namespace PortalGen.Tests.Embeds;

/// <summary>A quote box: the Markdown inside rendered as the quote, who said it as text.</summary>
public sealed class QuoteTests
{
    [Test]
    public void A_quote_renders_its_markdown_and_names_its_speaker()
    {
        var site = MemorySite.BuildOk(EmbedSite.With("::: quote Jane Doe, Director, MPI-IS\nWe **build** robots that learn.\n\nAnd share them.\n:::"));
        var figure = site.Html(EmbedSite.Page).QuerySelector(".prose figure.embed--quote")!;

        Assert.Multiple(() =>
        {
            Assert.That(figure.QuerySelectorAll("blockquote > p").Select(p => p.InnerHtml), Is.EqualTo(new[] { "We <strong>build</strong> robots that learn.", "And share them." }));
            Assert.That(figure.QuerySelector("figcaption")!.TextContent, Is.EqualTo("\u2014 Jane Doe, Director, MPI-IS"));
            Assert.That(site.SearchIndexReleases()[0].GetProperty("text").GetString(), Is.EqualTo("We build robots that learn. And share them. Jane Doe, Director, MPI-IS"));
            Assert.That(site.Html(EmbedSite.Page).QuerySelector("script[src$='embeds.js']"), Is.Null, "a quote needs no script");
        });
    }

    [Test]
    public void The_speaker_is_text_and_raw_html_in_the_quote_stays_out()
    {
        var result = MemorySite.BuildOk(EmbedSite.With("::: quote <script>alert(1)</script> & Co.\nWords <b>bold</b>.\n:::"));
        var figure = result.Html(EmbedSite.Page).QuerySelector("figure.embed--quote")!;

        Assert.Multiple(() =>
        {
            Assert.That(figure.QuerySelector("figcaption")!.TextContent, Is.EqualTo("\u2014 <script>alert(1)</script> & Co."));
            Assert.That(figure.QuerySelectorAll("script, b"), Is.Empty);
            Assert.That(TestSite.Lines(result.Result), Has.Some.StartWith("content/news/2020/x/index.md:6:7: warning: raw HTML is left out of the page"));
        });
    }
}
