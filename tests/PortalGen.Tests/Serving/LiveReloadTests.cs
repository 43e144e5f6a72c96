using System.Net;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Serving;

/// <summary>
/// Saving a file while <c>portalgen serve</c> runs: the page changes over HTTP, open tabs get <c>reload</c>, and a
/// mistake is sent as <c>diagnostics</c> (the lines as printed) while the last good site stays served.
/// Each test has its own server, since each changes the site.
/// </summary>
public sealed class LiveReloadTests
{
    private const string Files = TestSite.Basics + """
        -- content/news/2020/x.md --
        ---
        title: X
        date: 2020-12-02
        ---
        The first version.

        """;

    private const string UnknownPartner = "content/news/2020/x.md:4:12: error: unknown partner 'nex' (did you mean 'nec'?)";

    [Test]
    public async Task Saving_a_release_serves_its_new_text_and_reloads_the_open_tabs()
    {
        await using var served = await ServedTestSite.StartAsync(Files);
        using var events = await served.EventsAsync();

        served.Save("content/news/2020/x.md", "---\ntitle: X\ndate: 2020-12-02\n---\nThe second version.\n");

        await events.WaitForAsync("reload", _ => served.ShowsAsync("/news/2020/x/", "The second version."));
        Assert.Multiple(async () =>
        {
            Assert.That(events.ContentType, Is.EqualTo("text/event-stream; charset=utf-8"));
            Assert.That(await served.ShowsAsync("/news/2020/x/", "The first version."), Is.False);
        });
    }

    [Test]
    public async Task An_editor_s_atomic_save_through_a_temporary_file_is_seen()
    {
        await using var served = await ServedTestSite.StartAsync(Files);
        using var events = await served.EventsAsync();

        served.Save("content/news/2020/.x.md.tmp", "---\ntitle: X\ndate: 2020-12-02\n---\nRenamed into place.\n");
        File.Move(Path.Combine(served.Site.Root, "content/news/2020/.x.md.tmp"), Path.Combine(served.Site.Root, "content/news/2020/x.md"), overwrite: true);

        await events.WaitForAsync("reload", _ => served.ShowsAsync("/news/2020/x/", "Renamed into place."));
    }

    [Test]
    public async Task Renaming_a_partner_is_served_on_the_page_of_a_release_that_did_not_change()
    {
        await using var served = await ServedTestSite.StartAsync(TestSite.Basics + Release.File("2020/x.md", "title: X\ndate: 2020-12-02\npartners: [nec]"));
        using var events = await served.EventsAsync();

        served.Save("content/partners.yml", "- id: nec\n  name: NEC Research Europe\n  short: NEC Research\n  kind: industry\n");

        await events.WaitForAsync("reload", _ => served.ShowsAsync("/news/2020/x/", "NEC Research"));
    }

    [Test]
    public async Task A_new_release_is_served_after_it_is_saved()
    {
        await using var served = await ServedTestSite.StartAsync(Files);
        using var events = await served.EventsAsync();

        Directory.CreateDirectory(Path.Combine(served.Site.Root, "content/news/2021"));
        served.Save("content/news/2021/y.md", "---\ntitle: Y is new\ndate: 2021-01-05\n---\nNew.\n");

        await events.WaitForAsync("reload", _ => served.ShowsAsync("/", "Y is new"));
    }

    [Test]
    public async Task A_deleted_release_is_no_longer_served()
    {
        await using var served = await ServedTestSite.StartAsync(Files + Release.File("2021/y.md", "title: Y\ndate: 2021-01-05"));
        using var events = await served.EventsAsync();

        File.Delete(Path.Combine(served.Site.Root, "content/news/2021/y.md"));

        await events.WaitForAsync("reload", async _ =>
        {
            using var response = await served.GetAsync("/news/2021/y/");
            return response.StatusCode == HttpStatusCode.NotFound;
        });
    }

    [Test]
    public async Task Giving_a_release_a_partner_makes_it_related_to_that_partner_s_releases()
    {
        await using var served = await ServedTestSite.StartAsync(TestSite.Basics
            + Release.Listed("a", "2020-01-01", partners: "nec")
            + Release.Listed("b", "2020-02-01", topics: "ai"));
        using var events = await served.EventsAsync();
        Assert.That(await RelatedLinkAsync(), Is.Null, "nothing shared yet");

        served.Save("content/news/2020/b.md", "---\ntitle: b\ndate: 2020-02-01\npartners: [nec]\ntopics: [ai]\n---\nNow shares NEC.\n");

        await events.WaitForAsync("reload", async _ => await RelatedLinkAsync() is not null);

        async Task<object?> RelatedLinkAsync() => (await served.HtmlAsync("/news/2020/a/")).QuerySelector(".related a[href='/news/2020/b/']");
    }

    [Test]
    public async Task A_front_matter_error_is_sent_as_printed_while_the_last_good_page_stays_served()
    {
        await using var served = await ServedTestSite.StartAsync(Files);
        using var events = await served.EventsAsync();

        await SaveWithUnknownPartnerAsync(served, events);

        Assert.Multiple(async () =>
        {
            Assert.That(await served.ShowsAsync("/news/2020/x/", "The first version."), Is.True);
            Assert.That(served.Log.ToString(), Does.Contain(UnknownPartner + "\n1 error: still serving the last good site\n"));
        });
    }

    [Test]
    public async Task A_strict_preview_prints_the_warnings_that_stop_it_as_errors_and_counts_them()
    {
        var release = Release.File("2020/x.md", "title: X\ndate: 2020-12-02", "Raw <br> HTML.");

        await using var served = await ServedTestSite.StartAsync(TestSite.Basics + release, options => options with { Strict = true });

        Assert.That(served.Log.ToString(), Does.Match(@"^content/news/2020/x\.md:5:5: error: raw HTML is left out[^\n]*\n1 error: still serving the last good site\n"));
    }

    [Test]
    public async Task Fixing_the_error_reloads_the_tabs_with_the_fixed_page()
    {
        await using var served = await ServedTestSite.StartAsync(Files);
        using var events = await served.EventsAsync();
        await SaveWithUnknownPartnerAsync(served, events);

        served.Save("content/news/2020/x.md", "---\ntitle: X\ndate: 2020-12-02\n---\nThe fixed version.\n");

        await events.WaitForAsync("reload", _ => served.ShowsAsync("/news/2020/x/", "The fixed version."));
    }

    [Test]
    public async Task A_tab_opened_while_the_site_has_errors_is_sent_them_at_once()
    {
        const string NoDate = "content/news/2020/x.md:1:1: error: the release has no 'date' (add a line such as 'date: 2020-12-02' to the front matter)";
        await using var served = await ServedTestSite.StartAsync(Files);
        using (var first = await served.EventsAsync())
        {
            served.Save("content/news/2020/x.md", "---\ntitle: X\n---\nNo date.\n");
            await first.WaitForAsync("diagnostics", data => Task.FromResult(data == NoDate));
        }

        using var opened = await served.EventsAsync();

        Assert.That(await opened.NextAsync(), Is.EqualTo(("diagnostics", NoDate)));
    }

    [Test]
    public async Task A_template_syntax_error_is_sent_and_fixing_the_template_reloads()
    {
        await using var served = await ServedTestSite.StartAsync(Files + "-- templates/partials/footer.html --\n<footer>Ours</footer>\n");
        using var events = await served.EventsAsync();

        served.Save("templates/partials/footer.html", "<footer>{{ if }}</footer>\n");
        var problem = await events.WaitForAsync("diagnostics");
        served.Save("templates/partials/footer.html", "<footer>Fixed</footer>\n");

        await events.WaitForAsync("reload", async _ => (await served.HtmlAsync("/")).QuerySelector("footer")!.TextContent == "Fixed");
        Assert.That(problem.Data, Does.StartWith("templates/partials/footer.html:1:").And.Contain(": error: template: "));
    }

    [Test]
    public async Task A_template_that_fails_on_every_release_keeps_the_last_good_site_served_and_is_sent_with_its_place()
    {
        await using var served = await ServedTestSite.StartAsync(Files + "-- templates/layouts/release.html --\n<h1>{{ page.title }}</h1>{{ page.content }}\n");
        using var events = await served.EventsAsync();

        served.Save("templates/layouts/release.html", "<h1>{{ page.titel }}</h1>{{ page.content }}\n");
        var problem = await events.WaitForAsync("diagnostics");
        using var response = await served.GetAsync("/news/2020/x/");

        Assert.Multiple(async () =>
        {
            Assert.That(problem.Data, Is.EqualTo("templates/layouts/release.html:1:13: error: template: Cannot get member with name titel."));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await served.ShowsAsync("/news/2020/x/", "The first version."), Is.True);
            Assert.That(served.Log.ToString(), Does.Contain(problem.Data + "\n1 error: still serving the last good site\n"));
        });
    }

    [Test]
    public async Task Before_a_first_good_build_every_page_lists_the_errors_with_status_503()
    {
        await using var served = await ServedTestSite.StartAsync(TestSite.Basics + "-- content/news/2020/x.md --\n---\ntitle: X\n---\nNo date.\n");

        using var response = await served.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(html, Does.Contain("content/news/2020/x.md:1:1: error: the release has no &#39;date&#39;"));
            Assert.That(html, Does.Contain("<script src=\"/__portalgen/live-reload.js\"></script></body>"));
        });
    }

    /// <summary>Saves x.md with a partner id that is not in the registry and waits for the tabs to be told.</summary>
    private static async Task SaveWithUnknownPartnerAsync(ServedTestSite served, EventStream events)
    {
        served.Save("content/news/2020/x.md", "---\ntitle: X\ndate: 2020-12-02\npartners: [nex]\n---\nThe broken version.\n");
        await events.WaitForAsync("diagnostics", data => Task.FromResult(data == UnknownPartner));
    }
}
