using PortalGen.Tests.Serving;

namespace PortalGen.Tests.Languages;

/// <summary><c>portalgen serve</c> serves every language's edition, as build writes it.</summary>
public sealed class ServedLanguagesTests
{
    [Test]
    public async Task The_preview_serves_a_translation_in_its_folder_and_its_language()
    {
        await using var served = await ServedTestSite.StartAsync(ThreeLanguages.Site());

        var german = await served.HtmlAsync("/de/news/2020/mou/");
        var japanese = await served.HtmlAsync("/ja/news/2023/%E3%83%87%E3%83%BC%E3%82%BF/");

        Assert.Multiple(() =>
        {
            Assert.That(german.DocumentElement.GetAttribute("lang"), Is.EqualTo("de"));
            Assert.That(german.QuerySelector("h1")!.TextContent, Is.EqualTo("NEC und Tübingen unterzeichnen Absichtserklärung"));
            Assert.That(japanese.QuerySelector("h1")!.TextContent, Is.EqualTo("データセットの公開"));
        });
    }
}
