using System.Reflection;
using NetArchTest.Rules;
using PortalGen.Pipeline;

namespace PortalGen.Tests.Architecture;

/// <summary>
/// The library's folders (one namespace each) flow one way: each may use only the folders listed before it, so a
/// stage never reaches into a later one and a new stage has one place to go. A backward reference fails here.
/// </summary>
public sealed class FolderGraphTests
{
    /// <summary>Bottom first: Diagnostics and Settings are for everyone, the root facade (Build) is for the CLI alone.</summary>
    private static readonly string[] Layers =
    [
        "PortalGen.Diagnostics",
        "PortalGen.Settings",
        "PortalGen.Model",
        "PortalGen.Imaging",
        "PortalGen.Loading",
        "PortalGen.Parsing",
        "PortalGen.Modeling",
        "PortalGen.Planning",
        "PortalGen.Rendering",
        "PortalGen.Artifacts",
        "PortalGen.Editing",
        "PortalGen.Checking",
        "PortalGen.Output",
        "PortalGen.Pipeline",
        "PortalGen.Scaffolding",
        "PortalGen.Serving",
        "PortalGen",
    ];

    private static readonly Assembly Library = typeof(SitePipeline).Assembly;

    private static IEnumerable<TestCaseData> Folders() =>
        Layers.Select((layer, index) => new TestCaseData(index).SetName($"{layer} uses no folder above it"));

    [TestCaseSource(nameof(Folders))]
    public void A_folder_uses_only_the_folders_below_it(int layer)
    {
        var above = Layers.Skip(layer + 1).SelectMany(NamesIn).ToArray();
        var result = Types.InAssembly(Library).That().ResideInNamespaceMatching(NamespacePattern(Layers[layer])).ShouldNot().HaveDependencyOnAny(above).GetResult();

        Assert.That(result.FailingTypeNames ?? [], Is.Empty, $"{Layers[layer]} uses a folder above it");
    }

    [Test]
    public void Every_type_of_the_library_is_in_one_of_the_listed_folders()
    {
        var unlisted = Library.GetTypes()
            .Where(type => type.Namespace is { } name && name.StartsWith("PortalGen", StringComparison.Ordinal))
            .Where(type => !Layers.Any(layer => type.Namespace == layer || type.Namespace!.StartsWith(layer + ".", StringComparison.Ordinal)))
            .Select(type => type.FullName);

        Assert.That(unlisted, Is.Empty);
    }

    /// <summary>A folder and its sub-folders (Serving/Caching); the root namespace means its own types alone.</summary>
    private static string NamespacePattern(string layer) =>
        layer == "PortalGen" ? @"^PortalGen$" : $@"^{layer.Replace(".", @"\.", StringComparison.Ordinal)}(\..*)?$";

    /// <summary>
    /// What a dependency on a layer is: its namespace as a prefix (so "PortalGen.Model" also names Modeling, which is
    /// above it wherever Model is), except the root, whose types are named one by one (every namespace starts with "PortalGen").
    /// </summary>
    private static IEnumerable<string> NamesIn(string layer) =>
        layer == "PortalGen"
            ? Library.GetTypes().Where(type => type.Namespace == layer && !type.IsNested).Select(type => type.FullName!)
            : [layer];
}
