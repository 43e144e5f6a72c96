using AngleSharp.Html.Parser;
using PortalGen.BrowserTests.Support;
using PortalGen.Settings;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Boilerplates;

/// <summary>The sample site's MoU release ends with NEC's and Cyber Valley's boilerplates and shows its fact sheet as a PDF card.</summary>
public sealed class SampleSiteTests
{
    private static readonly string Output = Path.Combine(Path.GetTempPath(), "portalgen-tests", "sample-press-" + Guid.NewGuid().ToString("N"));

    [OneTimeSetUp]
    public static void BuildTheSampleSite()
    {
        var result = Build.Run(new BuildOptions
        {
            ContentDirectory = Path.Combine(RepositoryRoot.Path, "content"),
            TemplatesDirectory = Path.Combine(RepositoryRoot.Path, "templates"),
            DisplayRoot = RepositoryRoot.Path,
            OutputDirectory = Output,
            ImageCacheDirectory = Output + "-images",
            Clock = new FixedClock(TestSite.Now),
        });
        Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.Succeeded), () => string.Join("\n", TestSite.Lines(result)));
    }

    [OneTimeTearDown]
    public static void RemoveIt()
    {
        Directory.Delete(Output, recursive: true);
        Directory.Delete(Output + "-images", recursive: true);
    }

    [TestCase("news/2020/nec-cyber-valley-mou/index.html", "About NEC Laboratories Europe", "About Cyber Valley", "PDF, 1 page, 970 B")]
    [TestCase("de/news/2020/nec-cyber-valley-mou/index.html", "Über NEC Laboratories Europe", "Über Cyber Valley", "PDF, 1 Seite, 970 B")]
    public void The_mou_release_shows_both_boilerplates_and_its_fact_sheet(string page, string first, string second, string facts)
    {
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, page)));

        Assert.Multiple(() =>
        {
            Assert.That(html.QuerySelectorAll("section.boilerplate h2").Select(h => h.TextContent), Is.EqualTo(new[] { first, second }));
            Assert.That(html.QuerySelector(".pdf-card__facts")!.TextContent, Is.EqualTo(facts));
            Assert.That(html.QuerySelector(".pdf-card__link")!.GetAttribute("href"), Does.EndWith("/news/2020/nec-cyber-valley-mou/mou-fact-sheet.pdf"));
        });
    }
}
