using System.Diagnostics;
using System.Text.Json;
using PortalGen.Imaging;
using PortalGen.Loading;
using PortalGen.Tests.Serving;
using PortalGen.Tests.Support;

namespace PortalGen.Tests.Imaging;

/// <summary>
/// A release without a photo shares a card drawn at build time (<c>images.social_cards: true</c>): published beside
/// it, named in og:image and JSON-LD, made once into the image cache, pruned with it, and served by the preview.
/// </summary>
public sealed class SocialCardBuildTests
{
    private const string CardsOn = """
        -- content/site.yml --
        title: Test Portal
        base_url: https://news.example.org/
        images:
          social_cards: true
          accent: "#b31b1b"

        """;

    private const string Release = """
        -- content/news/2020/x.md --
        ---
        title: Künstliche Intelligenz für Straßenverkehr
        date: 2020-12-02
        partners: [nec, mpi-is]
        ---
        Body.

        """;

    private const string Site = TestSite.Basics + CardsOn + Release;

    private const string CardPattern = "news/2020/x/social-card.1200x630.HASH.png";

    private static string? Meta(MemorySite site, string page, string property) =>
        site.Html(page).QuerySelector($"meta[property='{property}'], meta[name='{property}']")?.GetAttribute("content");

    private static JsonElement JsonLdImage(SiteOutputReader site, string page)
    {
        using var json = JsonDocument.Parse(site.Html(page).QuerySelector("script[type='application/ld+json']")!.TextContent);
        return json.RootElement.TryGetProperty("image", out var image) ? image.Clone() : default;
    }

    private static string[] Cards(SiteOutputReader site) => [.. site.OutputPaths.Where(path => path.Contains("social-card", StringComparison.Ordinal))];

    [Test]
    public void A_release_without_a_photo_shares_its_card_in_og_image_twitter_and_JSON_LD()
    {
        var site = MemorySite.BuildOk(Site);
        const string page = "news/2020/x/index.html";
        var url = Meta(site, page, "og:image")!;
        var image = JsonLdImage(site, page);

        Assert.Multiple(() =>
        {
            Assert.That(ImageNames.WithoutHash(url), Is.EqualTo("https://news.example.org/" + CardPattern));
            Assert.That((Meta(site, page, "og:image:width"), Meta(site, page, "og:image:height"), Meta(site, page, "og:image:type")), Is.EqualTo(("1200", "630", "image/png")));
            Assert.That(Meta(site, page, "twitter:card"), Is.EqualTo("summary_large_image"));
            Assert.That(image.EnumerateArray().Select(i => (i.GetProperty("url").GetString(), i.GetProperty("width").GetInt32(), i.GetProperty("height").GetInt32())), Is.EqualTo(new[] { (url, 1200, 630) }));
            Assert.That(Cards(site), Is.EqualTo(new[] { url["https://news.example.org/".Length..] }), "the card is published where og:image says");
        });
    }

    [Test]
    public void The_published_card_shows_the_site_title_date_and_partners_in_the_accent_colour()
    {
        var site = MemorySite.BuildOk(Site);
        var expected = new SocialCard("Test Portal", "Künstliche Intelligenz für Straßenverkehr", "2 December 2020", ["NEC Labs", "MPI-IS"], "#b31b1b", "en", EmbeddedTheme.CardFonts);

        Assert.That(site.Bytes(Cards(site).Single()), Is.EqualTo(SocialCardPainter.Paint(expected)));
    }

    [Test]
    public void A_release_with_a_photo_shares_the_photo_and_gets_no_card()
    {
        var site = MemorySite.BuildOk(TestSite.Basics + CardsOn + TestSite.LeadPhotoBundle);

        Assert.Multiple(() =>
        {
            Assert.That(ImageNames.WithoutHash(Meta(site, "news/2020/x/index.html", "og:image")), Is.EqualTo("https://news.example.org/news/2020/x/lead.1200x675.HASH.jpg"));
            Assert.That(Cards(site), Is.Empty);
        });
    }

    [Test]
    public void Cards_are_off_unless_the_site_asks_for_them()
    {
        var site = MemorySite.BuildOk(TestSite.Basics + Release);

        Assert.Multiple(() =>
        {
            Assert.That(Cards(site), Is.Empty);
            Assert.That(Meta(site, "news/2020/x/index.html", "og:image"), Is.Null);
            Assert.That(Meta(site, "news/2020/x/index.html", "twitter:card"), Is.EqualTo("summary"));
            Assert.That(JsonLdImage(site, "news/2020/x/index.html").ValueKind, Is.EqualTo(JsonValueKind.Undefined));
        });
    }

    [Test]
    public void A_title_with_an_emoji_is_a_warning_at_the_title_line_and_the_card_is_published_all_the_same()
    {
        var site = MemorySite.BuildOk(TestSite.Basics + CardsOn + """
            -- content/news/2020/x.md --
            ---
            date: 2020-12-02
            title: Launch day 🚀
            ---
            Body.

            """);

        Assert.Multiple(() =>
        {
            Assert.That(site.Result.Diagnostics.Select(d => d.ToString()), Is.EqualTo(new[]
            {
                "content/news/2020/x.md:3:8: warning: the social card shows a box for 🚀 in the title: its fonts have no such character (the card's fonts hold Latin and Japanese text; leave emoji and other scripts out of the title, or give the release a lead image)",
            }));
            Assert.That(Cards(site), Has.Length.EqualTo(1));
        });
    }

    [Test]
    public void A_translation_gets_its_own_card_in_its_language_folder()
    {
        var site = MemorySite.BuildOk(TestSite.Basics + CardsOn + """
            languages:
              en:
              ja:
                title: テストポータル

            """ + Release + """
            -- content/news/2020/x.ja.md --
            ---
            title: 交通のための人工知能
            date: 2020-12-02
            ---
            本文。

            """);

        var expected = new SocialCard("テストポータル", "交通のための人工知能", "2020年12月2日", [], "#b31b1b", "ja", EmbeddedTheme.CardFonts);
        Assert.Multiple(() =>
        {
            Assert.That(Cards(site).Select(ImageNames.WithoutHash), Is.EqualTo(new[] { "ja/" + CardPattern, CardPattern }));
            Assert.That(ImageNames.WithoutHash(Meta(site, "ja/news/2020/x/index.html", "og:image")), Is.EqualTo("https://news.example.org/ja/" + CardPattern));
            Assert.That(site.Bytes(Cards(site)[0]), Is.EqualTo(SocialCardPainter.Paint(expected)));
        });
    }

    [Test]
    public void A_second_build_finds_the_card_in_the_image_cache_and_paints_nothing()
    {
        using var site = TestSite.Create(Site);
        var cache = Path.Combine(site.Root, ".portalgen-cache", "images");
        site.BuildOk(options => options with { ImageCacheDirectory = cache });
        var cached = Directory.GetFiles(cache, "social-card.*").Single();
        var longAgo = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(cached, longAgo);

        site.BuildOk(options => options with { ImageCacheDirectory = cache });

        Assert.Multiple(() =>
        {
            Assert.That(Directory.GetFiles(cache, "social-card.*"), Is.EqualTo(new[] { cached }));
            Assert.That(File.GetLastWriteTimeUtc(cached), Is.EqualTo(longAgo), "the card was not drawn again");
            Assert.That(site.Bytes(Cards(site).Single()), Is.EqualTo(File.ReadAllBytes(cached)));
        });
    }

    [Test]
    public void A_retitled_release_leaves_its_old_card_behind_in_neither_the_cache_nor_the_output()
    {
        using var site = TestSite.Create(Site);
        var cache = Path.Combine(site.Root, ".portalgen-cache", "images");
        site.BuildOk(options => options with { ImageCacheDirectory = cache });
        var before = Path.GetFileName(Directory.GetFiles(cache, "social-card.*").Single());

        site.Add(Release.Replace("Straßenverkehr", "Schienenverkehr", StringComparison.Ordinal));
        site.BuildOk(options => options with { ImageCacheDirectory = cache });
        var after = Path.GetFileName(Directory.GetFiles(cache, "social-card.*").Single());

        Assert.Multiple(() =>
        {
            Assert.That(after, Is.Not.EqualTo(before));
            Assert.That(Cards(site), Is.EqualTo(new[] { "news/2020/x/" + after }));
        });
    }

    [Test]
    public void Another_process_in_another_locale_publishes_the_same_card_bytes()
    {
        using var here = TestSite.Create(Site);
        here.BuildOk();
        using var there = TestSite.Create(Site);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { WorkingDirectory = there.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "exec", Path.Combine(AppContext.BaseDirectory, "PortalGen.Cli.dll"), "build", "--now", "2026-11-27T12:00:00Z" })
        {
            start.ArgumentList.Add(argument);
        }

        // HarfBuzz falls back to the process's locale for a text of no stated language; the card states it.
        start.Environment["LANG"] = start.Environment["LC_ALL"] = "ja_JP.UTF-8";
        start.Environment["DOTNET_SYSTEM_GLOBALIZATION_PREDEFINED_CULTURES_ONLY"] = "false";
        using (var process = Process.Start(start)!)
        {
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            Assert.That(process.WaitForExit(TimeSpan.FromSeconds(120)), Is.True);
            Assert.That(process.ExitCode, Is.Zero, error.Result);
        }

        Assert.Multiple(() =>
        {
            Assert.That(Cards(there), Is.EqualTo(Cards(here)).And.Not.Empty);
            Assert.That(there.Bytes(Cards(there)[0]), Is.EqualTo(here.Bytes(Cards(here)[0])));
        });
    }

    [Test]
    public async Task The_preview_serves_the_card_its_page_names()
    {
        await using var served = await ServedTestSite.StartAsync(Site);
        var page = await served.HtmlAsync("/news/2020/x/");
        var url = new Uri(page.QuerySelector("meta[property='og:image']")!.GetAttribute("content")!).AbsolutePath;

        using var response = await served.GetAsync(url);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Multiple(() =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200), url);
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("image/png"));
            Assert.That(Pixels.SizeOf(bytes), Is.EqualTo((1200, 630)));
        });
    }
}
