using PortalGen.Settings;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Building;

/// <summary>
/// A build into an output folder whose inputs, options, generator and publication window have not changed
/// writes nothing; any change of those rebuilds, so the output is always what a clean build would write.
/// </summary>
public sealed class IncrementalBuildTests
{
    private const string Site = TestSite.OneRelease + """
        -- content/static/logos/nec.svg --
        <svg xmlns="http://www.w3.org/2000/svg"/>
        -- content/static/robots.txt --
        User-agent: *
        Disallow: /drafts/
        -- templates/partials/footer.html --
        <footer>Our footer</footer>
        """;

    /// <summary>Each way a build's output can change, with what a reader sees afterwards.</summary>
    private static readonly TestCaseData[] Changes =
    [
        Change("a release's body", Release.File("2020/x.md", "title: X\ndate: 2020-12-02", "A new body."), null, "news/2020/x/index.html", "A new body."),
        Change("a new release", Release.File("2021/y.md", "title: Y is new\ndate: 2021-01-05"), null, "index.html", "Y is new"),
        Change("site.yml", "-- content/site.yml --\ntitle: Renamed Portal\nbase_url: https://news.example.org/\n", null, "index.html", "Renamed Portal"),
        Change("the partner registry", "-- content/partners.yml --\n- id: nec\n  name: NEC Renamed\n  kind: industry\n", null, "partners/index.html", "NEC Renamed"),
        Change("a template", "-- templates/partials/footer.html --\n<footer>Another footer</footer>\n", null, "index.html", "Another footer"),
        Change("a static file", "-- content/static/logos/nec.svg --\n<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"new\"/>\n", null, "logos/nec.svg", "id=\"new\""),
        Change("the base URL option", "", options => options with { BaseUrl = "https://elsewhere.example/" }, "index.html", "https://elsewhere.example/"),
        Change("the drafts option", Release.File("2020/d.md", "title: D, a draft\ndate: 2020-11-02\ndraft: true"), options => options with { IncludeDrafts = true }, "index.html", "D, a draft"),
    ];

    [Test]
    public void A_second_build_with_nothing_changed_writes_no_file_and_prints_the_same_warnings()
    {
        using var site = TestSite.Create(Site + "\n-- content/site.yml --\ntitle: Test Portal\nbase_url: https://news.example.org/\ncolour: blue\n");
        var first = site.BuildOk();
        var aged = AgeOutput(site);
        var before = Snapshot(site.Output);

        var second = site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(first.UpToDate, Is.False);
            Assert.That(second.UpToDate, Is.True);
            Assert.That(MarkerWritten(site), Is.EqualTo(aged), "a rebuild would have written the marker anew");
            Assert.That(Snapshot(site.Output), Is.EqualTo(before));
            Assert.That(TestSite.Lines(second), Is.EqualTo(TestSite.Lines(first)).And.Not.Empty);
            Assert.That((second.Pages, second.StaticFiles, second.Releases), Is.EqualTo((first.Pages, first.StaticFiles, first.Releases)));
        });
    }

    [Test]
    public void A_second_build_with_nothing_changed_lists_the_same_releases_left_out()
    {
        using var site = TestSite.Create(Site
            + Release.File("2020/d.md", "title: D\ndate: 2020-11-02\ndraft: true")
            + Release.File("2099/f.md", "title: F\ndate: 2099-01-05T09:00:00+01:00"));
        var first = site.BuildOk();

        var second = site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(second.UpToDate, Is.True);
            Assert.That(second.LeftOut, Has.Length.EqualTo(2));
            Assert.That(second.LeftOut, Is.EqualTo(first.LeftOut));
        });
    }

    [TestCaseSource(nameof(Changes))]
    public void A_change_rebuilds_the_site(string changedFiles, Func<BuildOptions, BuildOptions>? options, string page, string shows)
    {
        using var site = TestSite.Create(Site);
        site.BuildOk();
        var aged = AgeOutput(site);

        site.Add(changedFiles);
        var result = site.BuildOk(options);

        Assert.Multiple(() =>
        {
            Assert.That(result.UpToDate, Is.False);
            Assert.That(MarkerWritten(site), Is.Not.EqualTo(aged), "the rebuilt site was swapped in");
            Assert.That(site.Read(page), Does.Contain(shows));
        });
    }

    [Test]
    public void A_release_whose_date_arrives_is_published_by_the_next_build_though_no_file_changed()
    {
        var tomorrow = TestSite.Now.AddDays(1);
        using var site = TestSite.Create(Site + Release.File("2026/soon.md", $"title: Soon\ndate: {tomorrow:yyyy-MM-dd'T'HH:mm:ss}+00:00"));
        site.BuildOk();
        var before = site.Exists("news/2026/soon/index.html");

        var sameDay = site.BuildOk(options => options with { Clock = new FixedClock(TestSite.Now.AddHours(1)) });
        var dayAfter = site.BuildOk(options => options with { Clock = new FixedClock(tomorrow) });

        Assert.Multiple(() =>
        {
            Assert.That(before, Is.False);
            Assert.That(sameDay.UpToDate, Is.True, "an hour later nothing is due yet");
            Assert.That(dayAfter.UpToDate, Is.False);
            Assert.That(site.Exists("news/2026/soon/index.html"), Is.True);
        });
    }

    [Test]
    public void A_release_leaving_the_news_window_is_due_though_no_file_changed()
    {
        var published = TestSite.Now.AddHours(-47);
        using var site = TestSite.Create(Site + Release.File("2026/fresh.md", $"title: Fresh\ndate: {published:yyyy-MM-dd'T'HH:mm:ss}+00:00"));
        site.BuildOk();
        var listed = site.Read("news-sitemap.xml");

        var justBefore = site.BuildOk(options => options with { Clock = new FixedClock(published.AddHours(48).AddSeconds(-1)) });
        var leaving = site.BuildOk(options => options with { Clock = new FixedClock(published.AddHours(48)) });

        Assert.Multiple(() =>
        {
            Assert.That(listed, Does.Contain("/news/2026/fresh/"));
            Assert.That(justBefore.UpToDate, Is.True, "within the 48 hours nothing is due");
            Assert.That(leaving.UpToDate, Is.False, "the instant it leaves the news window the site is due");
            Assert.That(site.Read("news-sitemap.xml"), Does.Not.Contain("/news/2026/fresh/"));
        });
    }

    [Test]
    public void An_output_file_changed_or_deleted_by_hand_is_written_again()
    {
        using var site = TestSite.Create(Site);
        site.BuildOk();
        var home = site.Read("index.html");

        File.AppendAllText(Path.Combine(site.Output, "index.html"), "edited by hand");
        var afterEdit = site.BuildOk();
        var restored = site.Read("index.html");
        File.Delete(Path.Combine(site.Output, "robots.txt"));
        var afterDelete = site.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That((afterEdit.UpToDate, afterDelete.UpToDate), Is.EqualTo((false, false)));
            Assert.That(restored, Is.EqualTo(home));
            Assert.That(site.Exists("robots.txt"), Is.True);
        });
    }

    private static TestCaseData Change(string what, string changedFiles, Func<BuildOptions, BuildOptions>? options, string page, string shows) =>
        new TestCaseData(changedFiles, options, page, shows).SetArgDisplayNames(what);

    /// <summary>
    /// Dates every output file, the marker too, a year 2001 instant: a build that writes anything writes the marker
    /// last, with the time it ends, so the marker keeping that date proves that nothing was written. (A link in
    /// place of the output did this once; an output folder that is a link is now refused.)
    /// </summary>
    private static DateTime AgeOutput(TestSite site)
    {
        var aged = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, aged);
        }

        return aged;
    }

    private static DateTime MarkerWritten(TestSite site) =>
        File.GetLastWriteTimeUtc(Path.Combine(site.Output, ".portalgen-output"));

    private static IReadOnlyList<(string Path, DateTime Written, string Text)> Snapshot(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => (Path.GetRelativePath(folder, file), File.GetLastWriteTimeUtc(file), File.ReadAllText(file)))];
}
