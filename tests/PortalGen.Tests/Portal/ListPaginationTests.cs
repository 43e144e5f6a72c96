using PortalGen.Tests.Support;

namespace PortalGen.Tests.Portal;

/// <summary>Partner and topic pages are paged like home: at page-size boundaries nothing is lost, doubled or linked wrongly.</summary>
public sealed class ListPaginationTests
{
    private const int PageSize = 3;

    private const string Registries = """
        -- content/site.yml --
        title: Test Portal
        base_url: https://news.example.org/
        paging: 3
        -- content/partners.yml --
        - id: acme
          name: Acme Corporation
          kind: industry
        -- content/topics.yml --
        - id: ai
          name: Artificial intelligence

        """;

    private static IEnumerable<TestCaseData> Boundaries()
    {
        foreach (var list in new[] { "partners/acme/", "topics/ai/" })
        {
            yield return new TestCaseData(list, PageSize, 1).SetArgDisplayNames(list, "exactly N");
            yield return new TestCaseData(list, PageSize + 1, 2).SetArgDisplayNames(list, "N+1");
            yield return new TestCaseData(list, 2 * PageSize, 2).SetArgDisplayNames(list, "2N");
        }
    }

    [TestCaseSource(nameof(Boundaries))]
    public void Releases_are_cut_into_pages_of_the_configured_size(string list, int releases, int expectedPages)
    {
        using var site = Build(releases);

        var shown = Enumerable.Range(1, expectedPages)
            .SelectMany(n => site.Html(PageFile(list, n)).QuerySelectorAll(".card__title a").Select(a => a.TextContent));
        Assert.Multiple(() =>
        {
            Assert.That(shown, Is.EqualTo(NewestFirst(releases)));
            Assert.That(site.Exists(PageFile(list, expectedPages + 1)), Is.False, "no page after the last");
            Assert.That(site.Exists($"{list}page/1/index.html"), Is.False, "page 1 lives at the list's own URL");
        });
    }

    [TestCaseSource(nameof(Boundaries))]
    public void Each_page_links_to_the_newer_and_older_page_and_says_where_it_is(string list, int releases, int expectedPages)
    {
        using var site = Build(releases);

        for (var n = 1; n <= expectedPages; n++)
        {
            var page = site.Html(PageFile(list, n));
            Assert.Multiple(() =>
            {
                Assert.That(page.QuerySelector(".pagination a[rel=prev]")?.GetAttribute("href"), Is.EqualTo(n == 1 ? null : "/" + PagePath(list, n - 1)), $"newer link on page {n}");
                Assert.That(page.QuerySelector(".pagination a[rel=next]")?.GetAttribute("href"), Is.EqualTo(n == expectedPages ? null : "/" + PagePath(list, n + 1)), $"older link on page {n}");
                Assert.That(page.QuerySelector(".pagination__status")?.TextContent, Is.EqualTo(expectedPages == 1 ? null : $"Page {n} of {expectedPages}"), $"status on page {n}");
            });
        }
    }

    [Test]
    public void Later_pages_say_their_number_in_the_title()
    {
        using var site = Build(PageSize + 1);

        Assert.Multiple(() =>
        {
            Assert.That(site.Html("partners/acme/index.html").Title, Is.EqualTo("Acme Corporation – Test Portal"));
            Assert.That(site.Html("partners/acme/page/2/index.html").Title, Is.EqualTo("Acme Corporation, page 2 – Test Portal"));
            Assert.That(site.Html("partners/acme/page/2/index.html").QuerySelector("h1")!.TextContent, Is.EqualTo("Acme Corporation"));
        });
    }

    [TestCase("partners/acme/", "Acme Corporation")]
    [TestCase("topics/ai/", "Artificial intelligence")]
    public void Later_pages_name_their_feed_by_the_list_not_by_the_page(string list, string name)
    {
        using var site = Build(PageSize + 1);
        var page = site.Html($"{list}page/2/index.html");

        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelector($".site-footer a[href='/{list}feed.xml']")?.TextContent, Is.EqualTo($"Feed: {name}"));
            Assert.That(page.QuerySelector($"head link[rel=alternate][href='/{list}feed.xml']")?.GetAttribute("title"), Is.EqualTo($"{name} – Test Portal (Atom)"));
        });
    }

    [TestCase("paginate: 2", TestName = "Hugo's name paginate sets the page size too")]
    [TestCase("paginate: 2\npaging: 2", TestName = "When paginate and paging are both set, paging wins with a warning on paginate")]
    public void Page_size_settings(string settings)
    {
        using var site = TestSite.Create(Registries.Replace("paging: 3", settings, StringComparison.Ordinal) + Releases(3));
        var result = site.Build();

        Assert.Multiple(() =>
        {
            Assert.That(site.Html("partners/acme/index.html").QuerySelectorAll(".card").Length, Is.EqualTo(2));
            Assert.That(
                TestSite.Lines(result),
                Is.EqualTo(settings.Contains("paging", StringComparison.Ordinal)
                    ? ["content/site.yml:3:1: warning: 'paginate' is ignored when 'paging' sets the releases per page (keep one of them)"]
                    : Array.Empty<string>()));
        });
    }

    private static TestSite Build(int releases)
    {
        var site = TestSite.Create(Registries + Releases(releases));
        site.BuildOk();
        return site;
    }

    private static string Releases(int releases) =>
        string.Concat(Enumerable.Range(1, releases).Select(i => Release.Listed($"release-{i:D2}", $"2020-01-{i:D2}", "acme", "ai")));

    private static IEnumerable<string> NewestFirst(int releases) =>
        Enumerable.Range(1, releases).Reverse().Select(i => $"release-{i:D2}");

    private static string PagePath(string list, int n) => n == 1 ? list : $"{list}page/{n}/";

    private static string PageFile(string list, int n) => PagePath(list, n) + "index.html";
}
