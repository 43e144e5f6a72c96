namespace PortalGen.Tests.Support;

/// <summary>A test class whose tests all read one site, built once before the first of them.</summary>
public abstract class BuiltSiteTests(string files)
{
    private TestSite? built;

    internal TestSite Built => built ?? throw new InvalidOperationException("the site is built in OneTimeSetUp");

    [OneTimeSetUp]
    public void BuildSite()
    {
        built = TestSite.Create(files);
        built.BuildOk();
    }

    [OneTimeTearDown]
    public void Clean() => built?.Dispose();
}
