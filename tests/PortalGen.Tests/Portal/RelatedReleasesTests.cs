using System.Globalization;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Portal;

/// <summary>
/// The "Related releases" of a release page: most shared partners plus shared topics first, ties to the
/// nearest in date, then to the lower path; releases that share nothing never appear.
/// </summary>
public sealed class RelatedReleasesTests
{
    private const string Registries = """
        -- content/site.yml --
        title: Test Portal
        base_url: https://news.example.org/
        related: 10
        -- content/partners.yml --
        - id: p1
          name: Partner One
          kind: science
        - id: p2
          name: Partner Two
          kind: industry
        -- content/topics.yml --
        - id: t1
          name: Topic One
        - id: t2
          name: Topic Two

        """;

    // Scores against "target" (2022-06-01): three-shared 3; two-farther and two-nearer 2 (their paths sort
    // against their distance, so only the date can put two-nearer first); b-tie and a-tie 1 each at the
    // same distance (the path decides, though b-tie is met first, through the partners); unrelated 0, though
    // nearest of all.
    private static readonly string Releases =
        Release.Listed("target", "2022-06-01", "p1, p2", "t1")
        + Release.Listed("three-shared", "2020-01-01", "p1, p2", "t1")
        + Release.Listed("two-farther", "2022-05-01", "p1", "t1")
        + Release.Listed("two-nearer", "2022-07-01", "p2", "t1")
        + Release.Listed("b-tie", "2022-06-02", "p1")
        + Release.Listed("a-tie", "2022-06-02", topics: "t1")
        + Release.Listed("unrelated", "2022-06-01", topics: "t2");

    [Test]
    public void Related_releases_are_ordered_by_score_then_nearest_date_then_path()
    {
        using var site = Build(Registries + Releases);

        Assert.That(RelatedTitles(site, "news/2022/target/index.html"), Is.EqualTo(new[] { "three-shared", "two-nearer", "two-farther", "a-tie", "b-tie" }));
    }

    [Test]
    public void No_more_related_releases_are_shown_than_the_site_asks_for()
    {
        using var site = Build(Registries.Replace("related: 10", "related: 2", StringComparison.Ordinal) + Releases);

        Assert.That(RelatedTitles(site, "news/2022/target/index.html"), Is.EqualTo(new[] { "three-shared", "two-nearer" }));
    }

    [Test]
    public void A_release_that_shares_nothing_has_no_related_section()
    {
        using var site = Build(Registries + Releases);

        var page = site.Html("news/2022/unrelated/index.html");

        Assert.That(page.QuerySelector(".related"), Is.Null);
    }

    [Test]
    public void Related_cards_link_to_the_releases_under_a_heading()
    {
        using var site = Build(Registries + Releases);

        var related = site.Html("news/2022/b-tie/index.html").QuerySelector(".related")!;

        Assert.Multiple(() =>
        {
            Assert.That(related.QuerySelector("h2")!.TextContent, Is.EqualTo("Related releases"));
            Assert.That(related.QuerySelector(".card__title")!.TagName, Is.EqualTo("H3"), "cards are below the section's h2");
            Assert.That(related.QuerySelector(".card__title a")!.GetAttribute("href"), Is.EqualTo("/news/2022/target/"));
        });
    }

    [Test]
    public void The_choice_is_the_same_in_every_build_whatever_the_threads()
    {
        using var first = Build(Registries + Releases);
        using var second = TestSite.Create(Registries + Releases);
        second.BuildOk(options => options with { MaxParallelism = 1 });

        var pages = new[] { "news/2022/target/index.html", "news/2022/a-tie/index.html", "news/2022/b-tie/index.html" };
        Assert.That(pages.Select(second.Read), Is.EqualTo(pages.Select(first.Read)));
    }

    // With few items per release, many releases share one, fewer two or three, and many share a date: each shortcut of
    // the choice is taken and each tie is met. With many, their triples are too many to list, and the choice starts
    // from the pairs. The rule is scored here the plain way, every release against every other.
    [TestCase(4, 3)]
    [TestCase(10, 8)]
    public void Every_release_of_a_random_archive_lists_what_the_rule_chooses(int mostPartners, int mostTopics)
    {
        var random = new Random(8);
        var archive = Enumerable.Range(0, 240).Select(i => (
            Slug: $"r{i:D3}",
            Date: new DateOnly(2022, 1, 1).AddDays(random.Next(40)),
            Items: Pick(random, "p", 10, random.Next(1, mostPartners + 1)).Concat(Pick(random, "t", 8, random.Next(0, mostTopics + 1))).ToHashSet(StringComparer.Ordinal))).ToList();
        var registries = $"""
            -- content/site.yml --
            title: Test Portal
            base_url: https://news.example.org/
            -- content/partners.yml --
            {string.Join('\n', Enumerable.Range(0, 10).Select(p => $"- id: p{p}\n  name: Partner {p}\n  kind: science"))}
            -- content/topics.yml --
            {string.Join('\n', Enumerable.Range(0, 8).Select(t => $"- id: t{t}\n  name: Topic {t}"))}

            """;
        using var site = Build(registries + string.Concat(archive.Select(r => Release.Listed(
            r.Slug,
            r.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            string.Join(", ", r.Items.Where(i => i[0] == 'p')),
            string.Join(", ", r.Items.Where(i => i[0] == 't'))))));

        Assert.Multiple(() =>
        {
            foreach (var release in archive)
            {
                var expected = archive
                    .Where(other => other.Slug != release.Slug && other.Items.Overlaps(release.Items))
                    .OrderByDescending(other => other.Items.Count(release.Items.Contains))
                    .ThenBy(other => Math.Abs(other.Date.DayNumber - release.Date.DayNumber))
                    .ThenBy(other => other.Slug, StringComparer.Ordinal)
                    .Take(4)
                    .Select(other => other.Slug)
                    .ToList();
                Assert.That(RelatedTitles(site, $"news/2022/{release.Slug}/index.html").ToList(), Is.EqualTo(expected), release.Slug);
            }
        });
    }

    private static TestSite Build(string txtar)
    {
        var site = TestSite.Create(txtar);
        site.BuildOk();
        return site;
    }

    private static IEnumerable<string> Pick(Random random, string prefix, int of, int count) =>
        Enumerable.Range(0, of).OrderBy(_ => random.Next()).Take(count).Select(i => $"{prefix}{i}");

    private static IEnumerable<string> RelatedTitles(TestSite site, string page) =>
        site.Html(page).QuerySelectorAll(".related .card__title a").Select(a => a.TextContent);
}
