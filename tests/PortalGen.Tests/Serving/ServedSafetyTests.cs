using System.Diagnostics;
using System.Net;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Serving;

/// <summary>
/// What the preview server refuses, read over HTTP: a static file that became a symbolic link since it was
/// loaded, a Host header other than its own (DNS rebinding), editor litter; and what it keeps doing: streaming big
/// files, and watching a content folder that was deleted and made anew (a git checkout).
/// </summary>
[NonParallelizable]
public sealed class ServedSafetyTests
{
    private const string Files = TestSite.Basics + """
        -- content/news/2027/embargoed.md --
        ---
        title: Embargoed release
        date: 2027-03-01
        ---
        Under embargo.
        -- content/news/2027/embargoed.md~ --
        an editor's backup
        -- secrets/passwd --
        root:x:0:0:root:/root:/bin/bash
        -- secrets/logos/nec.svg --
        root:x:0:0:root:/root:/bin/bash

        """;

    [TestCase("the file")]
    [TestCase("a folder on the way")]
    public async Task A_static_file_replaced_by_a_symbolic_link_after_loading_is_refused(string linked)
    {
        await using var served = await ServedTestSite.StartAsync(Files);
        var root = served.Site.Root;
        if (linked == "the file")
        {
            File.Delete(Path.Combine(root, "content/static/logos/nec.svg"));
            File.CreateSymbolicLink(Path.Combine(root, "content/static/logos/nec.svg"), Path.Combine(root, "secrets/passwd"));
        }
        else
        {
            Directory.Delete(Path.Combine(root, "content/static/logos"), recursive: true);
            Directory.CreateSymbolicLink(Path.Combine(root, "content/static/logos"), Path.Combine(root, "secrets/logos"));
        }

        // Before and after the rebuild the link causes (which fails, and keeps the snapshot that lists the file).
        using var first = await served.GetAsync("/logos/nec.svg");
        var firstBody = await first.Content.ReadAsStringAsync();
        await WaitFor(() => served.Log.ToString().Contains("still serving the last good site", StringComparison.Ordinal));
        using var second = await served.GetAsync("/logos/nec.svg");
        var secondBody = await second.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That((first.StatusCode, second.StatusCode), Is.EqualTo((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)));
            Assert.That(firstBody + secondBody, Does.Not.Contain("root:x:0:0"));
            Assert.That(secondBody, Is.EqualTo("Refused: logos/nec.svg: a symbolic link, and links are not followed"));
        });
    }

    [TestCase("attacker.example", 421)]
    [TestCase("127.0.0.1.nip.io", 421)]
    [TestCase("localhost", 200)]
    [TestCase("127.0.0.1", 200)]
    [TestCase("[::1]", 200)]
    public async Task Only_the_servers_own_names_are_answered(string host, int status)
    {
        await using var served = await ServedTestSite.StartAsync(Files);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(served.Server.Address, "/news/2027/embargoed/"));
        request.Headers.Host = $"{host}:{served.Server.Address.Port}";

        using var response = await served.Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(status));
        if (status == 421)
        {
            Assert.That(body, Is.EqualTo($"This preview answers only http://127.0.0.1:{served.Server.Address.Port}/ and http://localhost:{served.Server.Address.Port}/.\n"));
        }
    }

    [Test]
    public async Task Another_port_in_the_host_header_is_not_answered()
    {
        await using var served = await ServedTestSite.StartAsync(Files);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(served.Server.Address, "/"));
        request.Headers.Host = "127.0.0.1:1";

        using var response = await served.Client.SendAsync(request);

        Assert.That((int)response.StatusCode, Is.EqualTo(421));
    }

    [Test]
    public async Task Pages_forbid_inline_scripts_and_every_response_forbids_sniffing()
    {
        await using var served = await ServedTestSite.StartAsync(Files);
        using var page = await served.GetAsync("/news/2027/embargoed/");
        using var logo = await served.GetAsync("/logos/nec.svg");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Multiple(() =>
        {
            Assert.That(page.Headers.GetValues("Content-Security-Policy").Single(), Is.EqualTo(
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' https: data:; media-src 'self' https:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"));
            Assert.That(html, Does.Contain("<script src=\"/__portalgen/live-reload.js\"></script>"), "the live-reload script is a file, which script-src 'self' allows");
            Assert.That(html, Does.Not.Match("<script>"), "no inline script, which the policy would block");
            Assert.That(page.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(logo.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
        });
    }

    [Test]
    public async Task An_editors_backup_file_is_not_served()
    {
        await using var served = await ServedTestSite.StartAsync(Files + "-- content/static/notes.txt~ --\nbackup\n-- content/static/.env --\nSECRET=1\n");

        using var backup = await served.GetAsync("/notes.txt~");
        using var hidden = await served.GetAsync("/.env");

        Assert.That((backup.StatusCode, hidden.StatusCode), Is.EqualTo((HttpStatusCode.NotFound, HttpStatusCode.NotFound)));
    }

    [Test]
    public async Task A_content_folder_deleted_and_made_anew_is_watched_again()
    {
        await using var served = await ServedTestSite.StartAsync(Files);
        var content = Path.Combine(served.Site.Root, "content");
        var copy = Path.Combine(served.Site.Root, "content-copy");
        CopyFolder(content, copy);

        Directory.Delete(content, recursive: true);
        await WaitFor(() => served.Log.ToString().Contains("the content folder does not exist", StringComparison.Ordinal));
        using var whileGone = await served.GetAsync("/logos/nec.svg");
        var whileGoneBody = await whileGone.Content.ReadAsStringAsync();
        Directory.Move(copy, content);
        await WaitFor(() => served.Log.ToString().Split('\n').Count(line => line.StartsWith("built in", StringComparison.Ordinal)) >= 2);
        served.Save("content/news/2027/embargoed.md", "---\ntitle: Embargoed release\ndate: 2027-03-01\n---\nEdited after the checkout.\n");
        await WaitFor(async () => await served.ShowsAsync("/news/2027/embargoed/", "Edited after the checkout."));

        Assert.Multiple(() =>
        {
            Assert.That(whileGone.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(whileGoneBody, Is.EqualTo("Not found: logos/nec.svg is gone since the last build"));
        });
    }

    [Test]
    public async Task A_big_static_file_is_streamed_to_each_client_not_held_in_memory()
    {
        const long size = 128L * 1024 * 1024;
        await using var served = await ServedTestSite.StartAsync(Files);
        using (var file = new FileStream(Path.Combine(served.Site.Root, "content/static/video.mp4"), FileMode.Create, FileAccess.Write))
        {
            file.SetLength(size);
        }

        await WaitFor(async () =>
        {
            using var head = await served.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, new Uri(served.Server.Address, "/video.mp4")));
            return head.StatusCode == HttpStatusCode.OK;
        });
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var lengths = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            using var response = await served.Client.GetAsync(new Uri(served.Server.Address, "/video.mp4"), HttpCompletionOption.ResponseHeadersRead);
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[64 * 1024];
            var total = 0L;
            while (await body.ReadAsync(buffer) is > 0 and var read)
            {
                total += read;
            }

            return (response.Content.Headers.ContentLength, total);
        }));
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;

        Assert.Multiple(() =>
        {
            Assert.That(lengths, Is.All.EqualTo(((long?)size, size)));
            Assert.That(allocated, Is.LessThan(size / 2), "a copy in memory allocated the file's size for each request");
        });
    }

    private static async Task WaitFor(Func<bool> condition) => await WaitFor(() => Task.FromResult(condition()));

    private static async Task WaitFor(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.That(clock.Elapsed, Is.LessThan(EventStream.Patience), "waited too long");
            await Task.Delay(20);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
