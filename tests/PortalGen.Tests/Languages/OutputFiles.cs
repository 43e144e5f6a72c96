using PortalGen.Tests.Support;

namespace PortalGen.Tests.Languages;

/// <summary>Compares two builds' output folders file by file, byte by byte.</summary>
internal static class OutputFiles
{
    public static void AssertSame(TestSite actual, TestSite expected)
    {
        var files = Files(expected);
        Assert.That(Files(actual), Is.EqualTo(files));
        foreach (var file in files)
        {
            Assert.That(File.ReadAllBytes(Path.Combine(actual.Output, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(expected.Output, file))), file);
        }
    }

    private static List<string> Files(TestSite site) =>
        [.. Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];
}
