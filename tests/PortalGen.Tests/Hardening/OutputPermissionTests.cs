using System.Runtime.Versioning;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Hardening;

/// <summary>
/// Folders the build may not change, as a user without privileges sees them: a read-only output is refused before
/// anything is written, an unreadable content folder is a diagnostic, and a folder an earlier build left that
/// cannot be removed is a warning, never the end of every later build.
/// </summary>
[NonParallelizable]
[Platform(Exclude = "Win", Reason = "Unix file modes")]
[UnsupportedOSPlatform("windows")]
public sealed class OutputPermissionTests
{
    private static readonly string[] Build = ["build", "--now", "2026-11-27T12:00:00Z"];

    [Test]
    public void A_read_only_output_is_refused_unchanged_and_the_build_after_it_works()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        UnprivilegedCommand.GiveAway(site.Root);
        Assert.That(UnprivilegedCommand.RunIn(site.Root, Build).ExitCode, Is.Zero);
        var before = FolderSnapshot.Of(site.Output);
        File.SetUnixFileMode(site.Output, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.WriteAllText(Path.Combine(site.Root, "content/news/2020/x.md"), "---\ntitle: X edited\ndate: 2020-12-02\n---\nBody.\n");

        var refused = UnprivilegedCommand.RunIn(site.Root, Build);
        var refusedAgain = UnprivilegedCommand.RunIn(site.Root, Build);
        var unchanged = FolderSnapshot.Of(site.Output);
        var workFolders = Directory.GetDirectories(site.Root, ".public.*");
        File.SetUnixFileMode(site.Output, (UnixFileMode)0b111_101_101);
        var writable = UnprivilegedCommand.RunIn(site.Root, Build);

        Assert.Multiple(() =>
        {
            Assert.That(refused.ExitCode, Is.EqualTo(2), refused.Error);
            Assert.That(refused.Error, Does.Contain($"public: error: cannot write the site: '{site.Output}' is read-only, and a build replaces the output folder whole"));
            Assert.That(refused.Error, Does.Contain("nothing was written; the previous output is unchanged."));
            Assert.That(refusedAgain.ExitCode, Is.EqualTo(2), refusedAgain.Error);
            Assert.That(unchanged, Is.EqualTo(before), "the message is true: the previous output is unchanged");
            Assert.That(workFolders, Is.Empty, "no work folder is left behind");
            Assert.That(writable.ExitCode, Is.Zero, writable.Error);
            Assert.That(site.Read("news/2020/x/index.html"), Does.Contain("X edited"));
        });
    }

    [Test]
    public void A_read_only_folder_inside_the_output_is_replaced_and_the_next_build_names_what_is_left()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        UnprivilegedCommand.GiveAway(site.Root);
        Assert.That(UnprivilegedCommand.RunIn(site.Root, Build).ExitCode, Is.Zero);
        File.SetUnixFileMode(Path.Combine(site.Output, "news/2020"), (UnixFileMode)0b101_101_101);
        site.Add(Release.File("2020/y.md", "title: Y\ndate: 2020-12-03"));

        var replaced = UnprivilegedCommand.RunIn(site.Root, Build);
        var leftBehind = Directory.GetDirectories(site.Root, ".public.*");
        site.Add(Release.File("2020/z.md", "title: Z\ndate: 2020-12-04"));
        var next = UnprivilegedCommand.RunIn(site.Root, Build);

        Assert.Multiple(() =>
        {
            Assert.That(replaced.ExitCode, Is.Zero, replaced.Error);
            Assert.That(replaced.Output, Does.StartWith("Built "), "the message is true: the new site is in place");
            Assert.That(leftBehind, Has.Length.EqualTo(1), "the swapped-out site, which could not be removed whole");
            Assert.That(next.ExitCode, Is.Zero, next.Error);
            Assert.That(next.Error, Does.StartWith($"{Path.GetFileName(leftBehind.Single())}: warning: cannot remove this folder, which an earlier build left:"));
            Assert.That(site.Exists("news/2020/z/index.html"), Is.True);
        });
    }

    [Test]
    public void A_leftover_folder_that_cannot_be_removed_is_a_warning_and_the_build_succeeds()
    {
        using var site = TestSite.Create(TestSite.OneRelease);
        var leftover = Path.Combine(site.Root, $".public.previous-{int.MaxValue - 1}-0123456789abcdef");
        site.Add("-- public/index.html --\nold\n-- public/.portalgen-output --\nold\n");
        Directory.CreateDirectory(Path.Combine(leftover, "news"));
        File.WriteAllText(Path.Combine(leftover, "news/index.html"), "old");
        UnprivilegedCommand.GiveAway(site.Root);
        File.SetUnixFileMode(leftover, (UnixFileMode)0b101_101_101);

        var result = UnprivilegedCommand.RunIn(site.Root, Build);
        File.SetUnixFileMode(leftover, (UnixFileMode)0b111_101_101);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.Zero, result.Error);
            Assert.That(result.Error, Does.StartWith($".public.previous-{int.MaxValue - 1}-0123456789abcdef: warning: cannot remove this folder, which an earlier build left:"));
            Assert.That(site.Read("news/2020/x/index.html"), Does.Contain("X"));
        });
    }

    [Test]
    public void An_unreadable_folder_of_the_content_is_a_diagnostic_naming_it()
    {
        using var site = TestSite.Create(TestSite.OneRelease + Release.File("2021/y.md", "title: Y\ndate: 2021-01-02"));
        UnprivilegedCommand.GiveAway(site.Root);
        Assert.That(UnprivilegedCommand.RunIn(site.Root, Build).ExitCode, Is.Zero);
        var before = FolderSnapshot.Of(site.Output);
        var folder = Path.Combine(site.Root, "content/news/2021");
        File.SetUnixFileMode(folder, UnixFileMode.None);

        var result = UnprivilegedCommand.RunIn(site.Root, Build);
        File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.Error);
            Assert.That(result.Error, Does.Contain($"content: error: cannot read a folder of the site: Access to the path '{folder}' is denied."));
            Assert.That(result.Error, Does.Not.Contain("internal error"));
            Assert.That(FolderSnapshot.Of(site.Output), Is.EqualTo(before));
        });
    }
}
