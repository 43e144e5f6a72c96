using System.Diagnostics;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Hardening;

/// <summary>
/// Files that are not a site's own: a FIFO, socket or device is an error and never opened (a FIFO hung the build),
/// and editor and system litter (x.md~, .DS_Store, .git) is left out, with a line each under --verbose.
/// </summary>
[NonParallelizable]
public sealed class OddFileTests
{
    [Test]
    [Platform(Exclude = "Win", Reason = "FIFOs are made with mkfifo")]
    public void A_fifo_in_the_content_is_an_error_naming_it_and_is_never_opened()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        Directory.CreateDirectory(Path.Combine(site.Root, "content/news/2021"));
        MakeFifo(Path.Combine(site.Root, "content/news/2021/pipe.md"));
        MakeFifo(Path.Combine(site.Root, "content/static/pipe.png"));

        var build = Task.Run(() => site.Build());

        Assert.That(build.Wait(TimeSpan.FromSeconds(60)), Is.True, "the build does not wait on the FIFO");
        Assert.That(TestSite.Lines(build.Result), Is.EqualTo(new[]
        {
            "content/news/2021/pipe.md: error: this is neither a file nor a folder (a FIFO, socket or device), and is never opened (remove it; only regular files and folders belong in a site)",
            "content/static/pipe.png: error: this is neither a file nor a folder (a FIFO, socket or device), and is never opened (remove it; only regular files and folders belong in a site)",
        }));
    }

    [Test]
    public void Editor_and_system_files_are_left_out_and_listed_under_verbose()
    {
        using var site = TestSite.Create(TestSite.OneRelease + """
            -- content/news/2020/x.md~ --
            backup
            -- content/news/2020/.x.md.swp --
            swap
            -- content/news/2020/#x.md# --
            auto-save
            -- content/news/2020/.#x.md --
            lock
            -- content/static/.DS_Store --
            finder
            -- content/static/logos/Thumbs.db --
            thumbnails
            -- content/static/desktop.ini --
            folder settings
            -- content/static/notes.swo --
            swap
            -- content/static/.git/config --
            [core]
            -- content/static/.well-known/security.txt --
            Contact: mailto:security@example.org
            -- templates/partials/footer.html~ --
            <footer>backup</footer>

            """);

        var (exitCode, printed, error) = PortalGenCommand.RunIn(site.Root, "build", "--verbose", "--now", "2026-11-27T12:00:00Z");
        var published = FolderSnapshot.Published(site.Output).Select(entry => entry.Path).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, error);
            Assert.That(printed.Split('\n').Where(line => line.Contains(": left out: ", StringComparison.Ordinal)), Is.EqualTo(new[]
            {
                "content/news/2020/#x.md#: left out: an editor's or system's file, or hidden",
                "content/news/2020/.#x.md: left out: an editor's or system's file, or hidden",
                "content/news/2020/.x.md.swp: left out: an editor's or system's file, or hidden",
                "content/news/2020/x.md~: left out: an editor's or system's file, or hidden",
                "content/static/.DS_Store: left out: an editor's or system's file, or hidden",
                "content/static/.git: left out: an editor's or system's file, or hidden",
                "content/static/desktop.ini: left out: an editor's or system's file, or hidden",
                "content/static/logos/Thumbs.db: left out: an editor's or system's file, or hidden",
                "content/static/notes.swo: left out: an editor's or system's file, or hidden",
                "templates/partials/footer.html~: left out: an editor's or system's file, or hidden",
            }));
            Assert.That(published, Has.Member(".well-known/security.txt"), ".well-known is always published");
            Assert.That(published.Where(path => path.Contains('~') || path.Contains(".git") || path.Contains(".DS_Store") || path.Contains("Thumbs") || path.Contains("desktop") || path.Contains(".sw") || path.Contains('#')), Is.Empty);
        });
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo");
    }
}
