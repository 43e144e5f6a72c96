using System.Xml.Linq;
using AngleSharp.Html.Parser;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Embeds;

/// <summary>A YouTube or Vimeo video is a still, its title and a link to it on its site: nothing loads from another host before the click.</summary>
public sealed class OnlineVideoTests
{
    private const string LabTour = "::: video https://youtu.be/aqz-KE-bpKQ \"Lab tour\"\nThe lab from the inside.\n:::";

    /// <summary>Attributes with which an element makes the browser fetch something as the page loads.</summary>
    private static readonly string[] LoadingAttributes = ["src", "srcset", "poster", "data"];

    [Test]
    public void A_video_loads_nothing_from_another_host_until_the_reader_clicks()
    {
        var page = MemorySite.BuildOk(EmbedSite.With(LabTour)).Html(EmbedSite.Page);

        var loaded = page.All.SelectMany(element => LoadingAttributes.Select(element.GetAttribute))
            .Concat(page.QuerySelectorAll("link[href]").Select(link => link.GetAttribute("href")))
            .OfType<string>();
        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelectorAll("iframe, object, embed"), Is.Empty);
            Assert.That(loaded.Where(url => url.StartsWith("http", StringComparison.Ordinal) && !url.StartsWith("https://news.example.org/", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public void Without_javascript_the_video_is_a_link_to_it_on_its_site_with_its_title_and_caption()
    {
        var figure = MemorySite.BuildOk(EmbedSite.With(LabTour)).Html(EmbedSite.Page).QuerySelector(".prose figure.embed--video")!;
        var link = figure.QuerySelector("a.embed__facade")!;

        Assert.Multiple(() =>
        {
            Assert.That(link.GetAttribute("href"), Is.EqualTo("https://www.youtube.com/watch?v=aqz-KE-bpKQ"));
            Assert.That(link.QuerySelector(".embed__title")!.TextContent, Is.EqualTo("Lab tour"));
            Assert.That(link.QuerySelector(".embed__site")!.TextContent, Is.EqualTo("YouTube"));
            Assert.That(link.QuerySelector(".embed__placeholder"), Is.Not.Null, "a neutral still, drawn by the theme");
            Assert.That(link.QuerySelector("img"), Is.Null);
            Assert.That(figure.QuerySelector("figcaption")!.TextContent.Trim(), Is.EqualTo("The lab from the inside."));
            Assert.That(figure.GetAttribute("data-embed-src"), Is.EqualTo("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"));
            Assert.That(figure.GetAttribute("data-embed-title"), Is.EqualTo("Lab tour"));
        });
    }

    [TestCase("https://www.youtube.com/watch?v=aqz-KE-bpKQ")]
    [TestCase("https://youtube.com/watch?feature=share&v=aqz-KE-bpKQ")]
    [TestCase("https://m.youtube.com/watch?v=aqz-KE-bpKQ")]
    [TestCase("https://youtu.be/aqz-KE-bpKQ?t=42")]
    [TestCase("https://www.youtube.com/shorts/aqz-KE-bpKQ")]
    [TestCase("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ")]
    [TestCase("aqz-KE-bpKQ")]
    public void Every_way_of_writing_a_YouTube_video_plays_it_from_youtube_nocookie(string written)
    {
        var figure = MemorySite.BuildOk(EmbedSite.With($"::: video {written} \"Lab tour\"\n:::")).Html(EmbedSite.Page).QuerySelector("figure.embed--video")!;

        Assert.That(
            (figure.GetAttribute("data-embed-src"), figure.QuerySelector("a")!.GetAttribute("href"), figure.GetAttribute("data-embed-site")),
            Is.EqualTo(("https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ", "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "YouTube")));
    }

    [TestCase("https://vimeo.com/76979871")]
    [TestCase("https://player.vimeo.com/video/76979871")]
    public void A_Vimeo_video_plays_without_tracking(string written)
    {
        var figure = MemorySite.BuildOk(EmbedSite.With($"::: video {written} \"Lab tour\"\n:::")).Html(EmbedSite.Page).QuerySelector("figure.embed--video")!;

        Assert.That(
            (figure.GetAttribute("data-embed-src"), figure.QuerySelector("a")!.GetAttribute("href"), figure.GetAttribute("data-embed-site")),
            Is.EqualTo(("https://player.vimeo.com/video/76979871?dnt=1", "https://vimeo.com/76979871", "Vimeo")));
    }

    [Test]
    public void A_still_from_the_bundle_is_shown_as_any_body_photo_and_the_lines_after_it_are_the_caption()
    {
        var figure = MemorySite.BuildOk(EmbedSite.With("::: video https://youtu.be/aqz-KE-bpKQ \"Lab tour\"\n![The lab at night](still.jpg)\nThe lab from the inside.\n:::"))
            .Html(EmbedSite.Page).QuerySelector("figure.embed--video")!;
        var still = figure.QuerySelector("a.embed__facade picture img")!;

        Assert.Multiple(() =>
        {
            Assert.That(still.GetAttribute("src"), Does.StartWith("/news/2020/x/still."));
            Assert.That(still.GetAttribute("alt"), Is.EqualTo("The lab at night"));
            Assert.That(figure.QuerySelector(".embed__placeholder"), Is.Null);
            Assert.That(figure.QuerySelector("figcaption")!.TextContent.Trim(), Is.EqualTo("The lab from the inside."));
        });
    }

    [Test]
    public void The_play_script_is_a_file_given_the_consent_words_of_the_pages_language_and_only_pages_with_a_video_name_it()
    {
        var site = MemorySite.BuildOk(EmbedSite.With(LabTour) + "-- content/site.yml --\ntitle: T\nbase_url: https://news.example.org/\nlanguage: de\n" + Release.File("2020/y.md", "title: Y\ndate: 2020-12-03"));
        var script = site.Html(EmbedSite.Page).QuerySelector("script[src^='/assets/js/embeds.']")!;

        Assert.Multiple(() =>
        {
            Assert.That(script.GetAttribute("data-consent"), Is.EqualTo("Beim Abspielen wird das Video von {site} geladen; {site} kann dabei Cookies setzen."));
            Assert.That(script.GetAttribute("data-play"), Is.EqualTo("Video abspielen"));
            Assert.That(site.Exists(script.GetAttribute("src")![1..]));
            Assert.That(site.Html(EmbedSite.Page).QuerySelectorAll("script:not([src]):not([type='application/ld+json'])"), Is.Empty, "no inline script, for a strict Content-Security-Policy");
            Assert.That(site.Html("news/2020/y/index.html").QuerySelector("script[src$='embeds.js']"), Is.Null);
        });
    }

    [Test]
    public void Feeds_carry_a_plain_link_to_the_video_and_search_its_title_and_caption()
    {
        var site = MemorySite.BuildOk(EmbedSite.With(LabTour));
        var content = XDocument.Parse(site.Read("feed.xml")).Descendants().Single(e => e.Name.LocalName == "content").Value;
        var entry = new HtmlParser().ParseDocument(content);

        Assert.Multiple(() =>
        {
            Assert.That(entry.QuerySelectorAll("a[href='https://www.youtube.com/watch?v=aqz-KE-bpKQ']"), Has.Length.EqualTo(1));
            Assert.That(content, Does.Not.Contain("<iframe").And.Not.Contain("<script"));
            Assert.That(site.SearchIndexReleases()[0].GetProperty("text").GetString(), Is.EqualTo("Lab tour The lab from the inside."));
        });
    }

    [Test]
    public void Titles_are_text_in_the_page_and_in_attributes()
    {
        var figure = MemorySite.BuildOk(EmbedSite.With("::: video aqz-KE-bpKQ \"<img src=x onerror=alert(1)> & \"friends\"\"\n:::")).Html(EmbedSite.Page).QuerySelector("figure.embed--video")!;

        Assert.Multiple(() =>
        {
            Assert.That(figure.QuerySelector(".embed__title")!.TextContent, Is.EqualTo("<img src=x onerror=alert(1)> & \"friends\""));
            Assert.That(figure.GetAttribute("data-embed-title"), Is.EqualTo("<img src=x onerror=alert(1)> & \"friends\""));
            Assert.That(figure.QuerySelector("img"), Is.Null);
        });
    }
}
