using PortalGen.Tests.Support;

namespace PortalGen.Tests.Deploy;

/// <summary>A small site with every kind of page the theme has: a photo, a video, an aligned table, a plain page, two languages.</summary>
internal static class DeploySite
{
    public const string Files = TestSite.Basics + TestSite.LeadPhotoBundle + TestSite.AboutPage + """
        -- content/site.yml --
        title: Test Portal
        base_url: https://news.example.org/
        languages:
          en:
          de:
        -- content/news/2020/video.md --
        ---
        title: Video
        date: 2020-12-03
        ---
        ::: video https://youtu.be/aqz-KE-bpKQ "Lab tour"
        The lab from the inside.
        :::

        | Lab | Staff |
        |:---|---:|
        | Robotics | 12 |
        -- content/news/2020/video.de.md --
        ---
        title: Video auf Deutsch
        date: 2020-12-03
        ---
        Text.

        """;

    /// <summary>Every HTML file of the output.</summary>
    public static IEnumerable<string> Pages(SiteOutputReader site) => site.OutputPaths.Where(path => path.EndsWith(".html", StringComparison.Ordinal));
}
