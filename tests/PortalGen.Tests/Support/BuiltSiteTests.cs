namespace PortalGen.Tests.Support;

/// <summary>A test class whose tests all read one site, built once in memory before the first of them.</summary>
public abstract class BuiltSiteTests(string files)
{
    private MemorySite? built;

    internal MemorySite Built => built ?? throw new InvalidOperationException("the site is built in OneTimeSetUp");

    [OneTimeSetUp]
    public void BuildSite() => built = MemorySite.BuildOk(files);
}
