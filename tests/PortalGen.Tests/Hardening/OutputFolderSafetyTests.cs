using PortalGen.Cli;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Hardening;

/// <summary>
/// Through the real command: an output folder that is, holds or lies inside the sources, or is the file
/// system root, is refused with exit 2 and one line, and not one file of the site changes.
/// </summary>
public sealed class OutputFolderSafetyTests
{
    private const string Refusal = "error: the output folder may not be the file system root, the content or templates folder, a folder inside them, or one that holds them (build into a folder of its own, such as --output public)";

    [TestCase("content")]
    [TestCase("content/news")]
    [TestCase("templates")]
    [TestCase("templates/layouts")]
    [TestCase(".")]
    [TestCase("..")]
    public void An_output_folder_that_is_or_holds_the_sources_is_refused_and_nothing_changes(string output)
    {
        using var site = TestSite.Create(TestSite.OneRelease + "-- templates/partials/footer.html --\n<footer>ours</footer>\n");
        var before = FolderSnapshot.Of(site.Root);

        var (exitCode, error) = Build(site, Path.Combine(site.Root, output));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.Contain(Refusal));
            Assert.That(FolderSnapshot.Of(site.Root), Is.EqualTo(before));
        });
    }

    [Test]
    public void The_file_system_root_is_refused()
    {
        using var site = TestSite.Create(TestSite.OneRelease);

        var (exitCode, error) = Build(site, Path.GetPathRoot(site.Root)!);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.Contain(Refusal));
        });
    }

    [Test]
    public void A_folder_with_files_portalgen_did_not_write_is_left_alone()
    {
        using var site = TestSite.Create(TestSite.OneRelease + "-- docs/thesis.tex --\n\\documentclass{article}\n");
        var before = FolderSnapshot.Of(site.Root);

        var (exitCode, error) = Build(site, Path.Combine(site.Root, "docs"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.Contain("docs: error: the output folder holds files that PortalGen did not write"));
            Assert.That(FolderSnapshot.Of(site.Root), Is.EqualTo(before));
        });
    }

    private static (int ExitCode, string Error) Build(TestSite site, string output)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = Program.Run(
            ["build", "--content", Path.Combine(site.Root, "content"), "--templates", Path.Combine(site.Root, "templates"), "--output", output, "--now", "2026-11-27T12:00:00Z"],
            stdout,
            stderr);
        return (exitCode, stderr.ToString());
    }
}
