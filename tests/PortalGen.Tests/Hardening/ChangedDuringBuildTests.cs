using PortalGen.Tests.Support;

namespace PortalGen.Tests.Hardening;

/// <summary>
/// A site's file that goes, or becomes a link, after the build listed it (an editor's sync, a second editor) is read
/// late, when it is copied: the build names that file, writes nothing, and follows no link.
/// </summary>
public sealed class ChangedDuringBuildTests
{
    private const string Site = TestSite.OneRelease + "-- content/static/files/report.pdf --\n%PDF-1.4 report\n";

    [Test]
    public void A_static_file_removed_during_the_build_is_named_and_the_previous_output_is_kept()
    {
        using var site = TestSite.Create(Site);
        site.BuildOk();
        var before = FolderSnapshot.Of(site.Output);
        var report = Path.Combine(site.Root, "content/static/files/report.pdf");
        File.AppendAllText(Path.Combine(site.Root, "content/news/2020/x.md"), "An edit, so the build is not a no-change one.\n");

        var result = site.Build(options => options with { Progress = new OnFirstParse(() => File.Delete(report)) });

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.EqualTo(new[] { "content/static/files/report.pdf: error: cannot read the file: it was removed or replaced while the site was built (build again; the previous output is unchanged)" }));
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.UnusableInput));
            Assert.That(FolderSnapshot.Of(site.Output), Is.EqualTo(before));
        });
    }

    [Test]
    public void A_static_file_replaced_by_a_link_during_the_build_is_named_and_not_followed()
    {
        using var site = TestSite.Create(Site + "-- secrets/token --\nTOKEN\n");
        var report = Path.Combine(site.Root, "content/static/files/report.pdf");

        var result = site.Build(options => options with
        {
            Progress = new OnFirstParse(() =>
            {
                File.Delete(report);
                File.CreateSymbolicLink(report, Path.Combine(site.Root, "secrets/token"));
            }),
        });

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.EqualTo(new[] { "content/static/files/report.pdf: error: cannot read the file: it was removed or replaced while the site was built (build again; the previous output is unchanged)" }));
            Assert.That(Directory.Exists(site.Output), Is.False, "nothing written, the token least of all");
        });
    }
}
