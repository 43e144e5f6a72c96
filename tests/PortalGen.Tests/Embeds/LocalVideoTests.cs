using PortalGen.Tests.Support;

namespace PortalGen.Tests.Embeds;

/// <summary>An MP4 file of the bundle is played by the browser itself, fetched only when the reader plays it.</summary>
public sealed class LocalVideoTests
{
    [Test]
    public void A_bundle_video_is_a_player_that_loads_nothing_before_it_plays_sized_by_its_poster()
    {
        var site = MemorySite.BuildOk(EmbedSite.With("::: video clip.mp4 \"Lab tour\"\n![The lab at night](still.jpg)\nFilmed in 2020.\n:::"));
        var figure = site.Html(EmbedSite.Page).QuerySelector("figure.embed--video")!;
        var video = figure.QuerySelector("video")!;

        Assert.Multiple(() =>
        {
            Assert.That(video.HasAttribute("controls"));
            Assert.That(video.GetAttribute("preload"), Is.EqualTo("none"));
            Assert.That(video.GetAttribute("poster"), Does.StartWith("/news/2020/x/still.").And.EndWith(".jpg"));
            Assert.That((video.GetAttribute("width"), video.GetAttribute("height")), Is.EqualTo(("1200", "800")));
            Assert.That(video.GetAttribute("aria-label"), Is.EqualTo("Lab tour"));
            Assert.That(video.QuerySelector("source")!.GetAttribute("src"), Is.EqualTo("/news/2020/x/clip.mp4"));
            Assert.That(video.QuerySelector("a")!.GetAttribute("href"), Is.EqualTo("/news/2020/x/clip.mp4"), "for browsers that play no MP4");
            Assert.That(figure.QuerySelector("figcaption")!.TextContent.Trim(), Is.EqualTo("Filmed in 2020."));
            Assert.That(figure.QuerySelector("img"), Is.Null, "the still is the poster");
            Assert.That(site.Exists("news/2020/x/clip.mp4"));
            Assert.That(site.Exists(video.GetAttribute("poster")![1..]));
        });
    }
}
