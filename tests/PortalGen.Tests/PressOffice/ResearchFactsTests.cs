using PortalGen.Diagnostics;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.PressOffice;

/// <summary>A release about research: its paper with a DOI as "Original publication", its funders as "Funding", both in JSON-LD.</summary>
public sealed class ResearchFactsTests
{
    private const string Funders = """
        -- content/funders.yml --
        - id: dfg
          name: German Research Foundation
          url: https://www.dfg.de/
        - id: carl-zeiss
          name: Carl Zeiss Foundation

        """;

    private const string Research = """
        doi: https://doi.org/10.1234/Cv.2023-07
        publication: {title: "A <dataset> for driving", journal: Scientific Data, date: 2023-05-04}
        funders: [{id: dfg, grant: "EXC 2064/1"}, carl-zeiss]
        """;

    private static readonly MemorySite Site = MemorySite.BuildOk(TestSite.Basics + Funders + Release.File("2023/x.md", "title: X\ndate: 2023-06-01\n" + Research));

    [Test]
    public void The_page_cites_the_paper_and_links_its_doi()
    {
        var facts = Site.Html("news/2023/x/index.html").QuerySelector(".research-facts")!;

        Assert.Multiple(() =>
        {
            Assert.That(facts.QuerySelector("cite")!.TextContent, Is.EqualTo("A <dataset> for driving"));
            Assert.That(facts.QuerySelector(".research-facts__journal")!.TextContent, Is.EqualTo("Scientific Data"));
            Assert.That(facts.QuerySelector("time")!.GetAttribute("datetime"), Is.EqualTo("2023-05-04"));
            Assert.That(facts.QuerySelector("a[href^='https://doi.org/']")!.GetAttribute("href"), Is.EqualTo("https://doi.org/10.1234/Cv.2023-07"));
            Assert.That(facts.QuerySelector("a[href^='https://doi.org/']")!.TextContent, Is.EqualTo("10.1234/Cv.2023-07"));
        });
    }

    [Test]
    public void The_page_lists_the_funders_with_their_grants_in_the_order_written()
    {
        var funding = Site.Html("news/2023/x/index.html").QuerySelectorAll(".research-facts__funding li").Select(li => li.TextContent);

        Assert.That(funding, Is.EqualTo(new[] { "German Research Foundation (grant EXC 2064/1)", "Carl Zeiss Foundation" }));
    }

    [Test]
    public void Json_ld_cites_a_scholarly_article_and_names_each_grant_and_funder()
    {
        var article = PageJsonLd.Of(Site.Html("news/2023/x/index.html"));
        var citation = article.GetProperty("citation");
        var funding = article.GetProperty("funding").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(citation.GetProperty("@type").GetString(), Is.EqualTo("ScholarlyArticle"));
            Assert.That(citation.GetProperty("name").GetString(), Is.EqualTo("A <dataset> for driving"));
            Assert.That(citation.GetProperty("isPartOf").GetProperty("@type").GetString(), Is.EqualTo("Periodical"));
            Assert.That(citation.GetProperty("isPartOf").GetProperty("name").GetString(), Is.EqualTo("Scientific Data"));
            Assert.That(citation.GetProperty("datePublished").GetString(), Is.EqualTo("2023-05-04"));
            Assert.That(citation.GetProperty("sameAs").GetString(), Is.EqualTo("https://doi.org/10.1234/Cv.2023-07"));
            Assert.That(citation.GetProperty("identifier").GetProperty("propertyID").GetString(), Is.EqualTo("DOI"));
            Assert.That(citation.GetProperty("identifier").GetProperty("value").GetString(), Is.EqualTo("10.1234/Cv.2023-07"));
            Assert.That(funding.Select(g => g.GetProperty("@type").GetString()), Has.All.EqualTo("Grant"));
            Assert.That(funding[0].GetProperty("identifier").GetString(), Is.EqualTo("EXC 2064/1"));
            Assert.That(funding[0].GetProperty("funder").GetProperty("@type").GetString(), Is.EqualTo("Organization"));
            Assert.That(funding[0].GetProperty("funder").GetProperty("name").GetString(), Is.EqualTo("German Research Foundation"));
            Assert.That(funding[0].GetProperty("funder").GetProperty("url").GetString(), Is.EqualTo("https://www.dfg.de/"));
            Assert.That(funding[1].TryGetProperty("identifier", out _), Is.False);
        });
    }

    [TestCase("10.1234/abc", "10.1234/abc")]
    [TestCase("doi:10.1000.10/xyz(2)", "10.1000.10/xyz(2)")]
    [TestCase("http://dx.doi.org/10.12345/a.b", "10.12345/a.b")]
    public void A_doi_is_accepted_bare_with_doi_colon_or_as_a_link_and_normalised(string written, string doi)
    {
        var site = MemorySite.BuildOk(TestSite.Basics + Release.File("2023/x.md", $"title: X\ndate: 2023-06-01\ndoi: \"{written}\""));

        Assert.That(site.Html("news/2023/x/index.html").QuerySelector(".research-facts a")!.GetAttribute("href"), Is.EqualTo("https://doi.org/" + doi));
    }

    [Test]
    public void A_release_without_research_facts_shows_no_section_and_no_citation()
    {
        var site = MemorySite.BuildOk(TestSite.OneRelease);

        Assert.Multiple(() =>
        {
            Assert.That(site.Html("news/2020/x/index.html").QuerySelector(".research-facts"), Is.Null);
            Assert.That(PageJsonLd.Of(site.Html("news/2020/x/index.html")).TryGetProperty("citation", out _), Is.False);
        });
    }

    [Test]
    public void A_translation_names_the_funder_in_its_language()
    {
        var site = MemorySite.BuildOk(
            TestSite.Basics.Replace("base_url: https://news.example.org/", "base_url: https://news.example.org/\nlanguages:\n  en:\n  de:", StringComparison.Ordinal)
            + Funders.Replace("name: German Research Foundation", "name: {en: German Research Foundation, de: Deutsche Forschungsgemeinschaft}", StringComparison.Ordinal)
            + Release.File("2023/x.md", "title: X\ndate: 2023-06-01\nfunders: [dfg]")
            + Release.File("2023/x.de.md", "title: X auf Deutsch\ndate: 2023-06-01\nfunders: [dfg]"));

        Assert.That(site.Html("de/news/2023/x/index.html").QuerySelector(".research-facts__funding a")!.TextContent, Is.EqualTo("Deutsche Forschungsgemeinschaft"));
    }

    [TestCase("10.12/abc")]
    [TestCase("https://example.org/10.1234/abc")]
    [TestCase("10.1234/has space")]
    public void A_malformed_doi_is_an_error_at_its_line_with_a_hint(string written)
    {
        var site = MemorySite.Build(TestSite.Basics + Release.File("2023/x.md", $"title: X\ndate: 2023-06-01\ndoi: \"{written}\""));

        var error = site.Result.Diagnostics.Single(d => d.Code == DiagnosticCodes.InvalidDoi);

        Assert.Multiple(() =>
        {
            Assert.That(error.Span, Is.EqualTo(new SourceSpan("content/news/2023/x.md", 4, 6)));
            Assert.That(error.Message, Is.EqualTo($"'doi' is not a DOI: '{written}'"));
            Assert.That(error.Hint, Does.Contain("https://doi.org/10.1234/"));
        });
    }

    [Test]
    public void Unknown_funder_id_names_the_closest_one()
    {
        var site = MemorySite.Build(TestSite.Basics + Funders + Release.File("2023/x.md", "title: X\ndate: 2023-06-01\nfunders: [carl-zeiss, {id: dgf, grant: X1}]"));

        var error = site.Result.Diagnostics.Single(d => d.Code == DiagnosticCodes.UnknownFunder);

        Assert.That(error.ToString(), Is.EqualTo("content/news/2023/x.md:4:28: error: unknown funder 'dgf' (did you mean 'dfg'?)"));
    }
}
