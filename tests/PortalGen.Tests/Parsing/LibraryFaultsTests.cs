using PortalGen.Parsing;
using YamlDotNet.RepresentationModel;

namespace PortalGen.Tests.Parsing;

/// <summary>Only an exception the parsing library itself threw over an editor's text becomes a diagnostic; the same type from our code is a bug.</summary>
public sealed class LibraryFaultsTests
{
    [Test]
    public void An_exception_YamlDotNet_throws_over_a_text_is_its_fault()
    {
        var thrown = Assert.Catch(() => new YamlStream().Load(new StringReader("- :")))!;

        Assert.That(LibraryFaults.IsYamlDotNetFault(thrown), Is.True, thrown.ToString());
    }

    [Test]
    public void The_same_exception_thrown_by_our_code_is_a_bug_not_the_editor_s_mistake()
    {
        var ours = Assert.Catch(() => ThrowOurs(new InvalidOperationException("a bug of ours")))!;
        var oursInArguments = Assert.Catch(() => ThrowOurs(new ArgumentException("Markdown elements in the input are too deeply nested")))!;

        Assert.Multiple(() =>
        {
            Assert.That(LibraryFaults.IsYamlDotNetFault(ours), Is.False);
            Assert.That(LibraryFaults.IsMarkdigDepthLimit((ArgumentException)oursInArguments), Is.False);
        });
    }

    private static void ThrowOurs(Exception exception) => throw exception;
}
