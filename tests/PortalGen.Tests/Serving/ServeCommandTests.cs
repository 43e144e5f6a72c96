using PortalGen.Cli;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Serving;

/// <summary><c>portalgen serve</c>'s mistakes of usage end at once with exit code 2, as build's do.</summary>
public sealed class ServeCommandTests
{
    private static (int ExitCode, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        return (Program.Run(args, output, error), error.ToString());
    }

    [Test]
    public void A_port_out_of_range_is_bad_usage()
    {
        var (exitCode, error) = Run("serve", "--port", "70000");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.StartWith("portalgen: error: --port takes a number from 0 to 65535\n"));
        });
    }

    [Test]
    public void A_missing_content_folder_is_bad_usage()
    {
        using var site = TestSite.Create(TestSite.Basics);

        var (exitCode, error) = Run("serve", "--port", "0", "--content", Path.Combine(site.Root, "nothing-here"));

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(error, Does.StartWith("portalgen: error: the content folder '").And.Contain("nothing-here' does not exist"));
        });
    }
}
