using PortalGen.Tests.Support;

namespace PortalGen.Tests.Embeds;

/// <summary>A site with one bundle, content/news/2020/x/index.md, whose body (from line 5) holds the embeds under test.</summary>
internal static class EmbedSite
{
    public const string Page = "news/2020/x/index.html";

    /// <summary>The bundle's still (1200×800) and video file, for bodies that name them.</summary>
    public const string Files = """

        -- content/news/2020/x/still.jpg --
        (image 1200x800)
        -- content/news/2020/x/clip.mp4 --
        not really a video

        """;

    public static string With(string body) => TestSite.Basics + Release.File("2020/x/index.md", "title: X\ndate: 2020-12-02", body) + Files;
}
