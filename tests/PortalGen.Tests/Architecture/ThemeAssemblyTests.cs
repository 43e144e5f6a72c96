using System.Reflection;
using PortalGen.BrowserTests.Support;
using PortalGen.Pipeline;

namespace PortalGen.Tests.Architecture;

/// <summary>
/// The default theme is the repository's templates/ folder, embedded in PortalGen.Theme and nowhere else: a resource
/// of the library itself would make every template edit compile the library and the CLI again.
/// </summary>
public sealed class ThemeAssemblyTests
{
    private const string Prefix = "theme/";

    [Test]
    public void The_theme_assembly_holds_every_file_of_the_templates_folder()
    {
        var templates = Path.Combine(RepositoryRoot.Path, "templates");
        var files = Directory.EnumerateFiles(templates, "*", SearchOption.AllDirectories)
            .Select(file => Prefix + Path.GetRelativePath(templates, file).Replace('\\', '/'));

        Assert.That(Assembly.Load("PortalGen.Theme").GetManifestResourceNames(), Is.EquivalentTo(files));
    }

    [Test]
    public void The_library_holds_no_theme_resources()
    {
        Assert.That(typeof(SitePipeline).Assembly.GetManifestResourceNames(), Has.None.StartsWith(Prefix));
    }
}
