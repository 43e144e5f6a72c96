using System.Text.Json;
using AngleSharp.Html.Parser;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.MediaKit;

public sealed class SyndicationTests
{
    private static readonly string Releases = string.Concat(Enumerable.Range(1, 11).Select(day => Release.Listed($"r{day:00}", $"2021-03-{day:00}", partners: "nec")));

    private const string PhotoRelease = """

        -- content/news/2021/photo/index.md --
        ---
        title: "Robots <script>alert(1)</script> & more"
        date: 2021-03-20
        summary: The lab opens.
        partners: [nec]
        image: lab.jpg
        image_alt: The lab
        image_credit: Cyber Valley
        ---
        Body.
        -- content/news/2021/photo/lab.jpg --
        (image 2400x1600)

        """;

    private static readonly MemorySite Built = MemorySite.BuildOk(TestSite.Basics + Releases + PhotoRelease);

    private static JsonElement Latest(MemorySite site, string path = "partners/nec/latest.json") => JsonDocument.Parse(site.Read(path)).RootElement.Clone();

    [Test]
    public void Latest_json_lists_the_partners_ten_newest_releases_with_absolute_urls()
    {
        var latest = Latest(Built);
        var releases = latest.GetProperty("releases").EnumerateArray().ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(releases, Has.Length.EqualTo(10));
            Assert.That(releases.Skip(1).Select(r => r.GetProperty("title").GetString()), Is.EqualTo(Enumerable.Range(3, 9).Reverse().Select(day => $"r{day:00}")));
            Assert.That(releases[1].GetProperty("url").GetString(), Is.EqualTo("https://news.example.org/news/2021/r11/"));
            Assert.That(releases[1].GetProperty("date").GetString(), Is.EqualTo("2021-03-11"));
            Assert.That(releases[1].TryGetProperty("thumbnail", out _), Is.False);
            Assert.That(latest.GetProperty("feed_url").GetString(), Is.EqualTo("https://news.example.org/partners/nec/feed.xml"));
            Assert.That(latest.GetProperty("home_page_url").GetString(), Is.EqualTo("https://news.example.org/partners/nec/"));
        });
    }

    [Test]
    public void A_release_with_a_photo_has_an_absolute_thumbnail_with_its_size_that_is_published()
    {
        var newest = Latest(Built).GetProperty("releases")[0];
        var thumbnail = newest.GetProperty("thumbnail");
        var url = thumbnail.GetProperty("url").GetString()!;

        Assert.Multiple(() =>
        {
            Assert.That(newest.GetProperty("title").GetString(), Is.EqualTo("Robots <script>alert(1)</script> & more"));
            Assert.That(newest.GetProperty("summary").GetString(), Is.EqualTo("The lab opens."));
            Assert.That(url, Does.StartWith("https://news.example.org/news/2021/photo/lab."));
            Assert.That(Built.Exists(url["https://news.example.org/".Length..]), Is.True);
            Assert.That((thumbnail.GetProperty("width").GetInt32(), thumbnail.GetProperty("height").GetInt32()), Is.EqualTo((640, 360)));
        });
    }

    [Test]
    public void Each_language_has_its_own_latest_json()
    {
        var site = MemorySite.BuildOk(TestSite.Basics.Replace("paginate: 2", "paginate: 2\nlanguages:\n  en:\n  de:", StringComparison.Ordinal) + Releases);

        Assert.That(Latest(site, "de/partners/nec/latest.json").GetProperty("language").GetString(), Is.EqualTo("de"));
        Assert.That(Latest(site).GetProperty("language").GetString(), Is.EqualTo("en"));
    }

    [Test]
    public void The_partner_page_offers_the_latest_releases_as_html_to_paste_with_no_script_of_ours()
    {
        var code = Built.Html("partners/nec/index.html").QuerySelector("details.syndication pre code")!;
        var pasted = new HtmlParser().ParseFragment(code.TextContent, code);
        var links = pasted.OfType<AngleSharp.Dom.IElement>().SelectMany(e => e.QuerySelectorAll("li > a")).ToArray();

        Assert.Multiple(() =>
        {
            Assert.That(code.InnerHtml, Does.StartWith("&lt;ul class=\"latest-releases\"&gt;"));
            Assert.That(links.Select(a => a.GetAttribute("href")).ToArray(), Has.Length.EqualTo(10).And.All.StartWith("https://news.example.org/news/2021/"));
            Assert.That(links[0].TextContent, Is.EqualTo("Robots <script>alert(1)</script> & more"));
            Assert.That(pasted.OfType<AngleSharp.Dom.IElement>().SelectMany(e => e.QuerySelectorAll("script")), Is.Empty);
        });
    }

    [Test]
    public void The_partner_page_names_latest_json_and_the_feed()
    {
        var links = Built.Html("partners/nec/index.html").QuerySelectorAll("details.syndication p a").Select(a => a.GetAttribute("href"));

        Assert.That(links, Is.EqualTo(new[] { "https://news.example.org/partners/nec/latest.json", "https://news.example.org/partners/nec/feed.xml" }));
    }
}
