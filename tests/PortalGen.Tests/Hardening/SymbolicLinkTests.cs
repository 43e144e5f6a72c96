using PortalGen.Tests.Support;

namespace PortalGen.Tests.Hardening;

/// <summary>
/// A symbolic link in the content or templates would publish whatever it points at (a CI runner's keys, say)
/// or read a release from outside the site: links are refused by name and never followed.
/// </summary>
public sealed class SymbolicLinkTests
{
    [Test]
    public void Linked_files_and_folders_in_content_and_templates_are_refused_and_not_followed()
    {
        using var site = TestSite.Create(TestSite.OneRelease + "-- content/static/robots.txt --\nUser-agent: *\n-- secrets/id_rsa --\nPRIVATE KEY\n-- secrets/more/token --\nTOKEN\n");
        File.CreateSymbolicLink(Path.Combine(site.Root, "content/static/key.txt"), Path.Combine(site.Root, "secrets/id_rsa"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/static/more"), Path.Combine(site.Root, "secrets/more"));
        Directory.CreateSymbolicLink(Path.Combine(site.Root, "content/news/linked"), Path.Combine(site.Root, "secrets"));
        Directory.CreateDirectory(Path.Combine(site.Root, "templates/partials"));
        File.CreateSymbolicLink(Path.Combine(site.Root, "templates/partials/footer.html"), Path.Combine(site.Root, "secrets/id_rsa"));

        var result = site.Build();

        Assert.Multiple(() =>
        {
            Assert.That(TestSite.Lines(result), Is.EqualTo(new[]
            {
                "content/news/linked: error: this is a symbolic link, and links are not followed (copy the file or folder here instead; a link could publish files from outside the site)",
                "content/static/key.txt: error: this is a symbolic link, and links are not followed (copy the file or folder here instead; a link could publish files from outside the site)",
                "content/static/more: error: this is a symbolic link, and links are not followed (copy the file or folder here instead; a link could publish files from outside the site)",
                "templates/partials/footer.html: error: this is a symbolic link, and links are not followed (copy the file or folder here instead; a link could publish files from outside the site)",
            }));
            Assert.That(Directory.Exists(site.Output), Is.False);
        });
    }
}
