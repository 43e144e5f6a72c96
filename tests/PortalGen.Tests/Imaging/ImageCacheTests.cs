using PortalGen.Tests.Support;

namespace PortalGen.Tests.Imaging;

/// <summary>
/// Photos are decoded once, not every build: variants are kept in a cache folder beside the content, reused by
/// name (the name hashes the photo and the recipe), and dropped once no build uses them.
/// </summary>
public sealed class ImageCacheTests
{
    private const string Site = TestSite.Basics + TestSite.LeadPhotoBundle;

    private static string Cache(TestSite site) => Path.Combine(site.Root, ".portalgen-cache", "images");

    private static void BuildWithCache(TestSite site) => site.BuildOk(options => options with { ImageCacheDirectory = Cache(site) });

    /// <summary>The photo's variants in the cache; the favicon set is kept there too, and published at the root (Theme/FaviconTests).</summary>
    private static string[] Cached(TestSite site) =>
        [.. Directory.EnumerateFiles(Cache(site)).Select(Path.GetFileName).Where(name => !name!.StartsWith("favicon.", StringComparison.Ordinal)).Order(StringComparer.Ordinal)!];

    private static string[] PublishedVariants(TestSite site) =>
        [.. site.OutputPaths.Where(path => ImageNames.WithoutHash(path) != path).Select(path => path[(path.LastIndexOf('/') + 1)..]).Order(StringComparer.Ordinal)];

    [Test]
    public void Every_published_variant_is_kept_in_the_cache_with_the_same_bytes()
    {
        using var site = TestSite.Create(Site);
        BuildWithCache(site);

        Assert.Multiple(() =>
        {
            Assert.That(Cached(site), Is.EqualTo(PublishedVariants(site)).And.Not.Empty);
            foreach (var name in Cached(site))
            {
                Assert.That(File.ReadAllBytes(Path.Combine(site.Output, "news/2020/x", name)), Is.EqualTo(File.ReadAllBytes(Path.Combine(Cache(site), name))), name);
            }
        });
    }

    [Test]
    public void A_second_build_reuses_the_cached_variants_without_making_them_again()
    {
        using var site = TestSite.Create(Site);
        BuildWithCache(site);
        var longAgo = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(Cache(site)))
        {
            File.SetLastWriteTimeUtc(file, longAgo);
        }

        BuildWithCache(site);

        Assert.That(Directory.EnumerateFiles(Cache(site)).Select(File.GetLastWriteTimeUtc), Is.All.EqualTo(longAgo), "no variant was written again");
    }

    [Test]
    public void Variants_of_a_replaced_photo_leave_the_cache_and_nothing_else_does()
    {
        using var site = TestSite.Create(Site);
        BuildWithCache(site);
        var before = Cached(site);
        File.WriteAllText(Path.Combine(Cache(site), "README.txt"), "someone's notes");

        site.WriteFile("content/news/2020/x/lead.jpg", TestImages.Jpeg(2400, 1500));
        BuildWithCache(site);

        Assert.Multiple(() =>
        {
            Assert.That(Cached(site).Intersect(before), Is.Empty, "every old variant is gone");
            Assert.That(Cached(site), Is.EqualTo(PublishedVariants(site).Append("README.txt").Order(StringComparer.Ordinal)));
        });
    }

    [Test]
    public void A_cold_and_a_warm_cache_publish_the_same_bytes()
    {
        using var site = TestSite.Create(Site);
        BuildWithCache(site);
        var cold = FolderSnapshot.Of(site.Output);

        BuildWithCache(site);
        var warm = FolderSnapshot.Of(site.Output);

        using var other = TestSite.Create(Site);
        other.BuildOk();

        Assert.Multiple(() =>
        {
            Assert.That(warm, Is.EqualTo(cold));
            Assert.That(FolderSnapshot.Of(other.Output), Is.EqualTo(cold), "another build without a cache folder makes the same files");
        });
    }

    [Test]
    public void A_failed_build_keeps_the_cache()
    {
        using var site = TestSite.Create(Site);
        BuildWithCache(site);
        var before = Cached(site);

        site.Add(Release.File("2020/broken.md", "title: Broken\ndate: 2020-13-45"));
        var result = site.Build(options => options with { ImageCacheDirectory = Cache(site) });

        Assert.Multiple(() =>
        {
            Assert.That(result.Outcome, Is.EqualTo(BuildOutcome.ContentErrors));
            Assert.That(Cached(site), Is.EqualTo(before));
        });
    }
}
