using PortalGen.Tests.Support;

namespace PortalGen.Tests.Feeds;

/// <summary>
/// The site every feed format's tests read: three releases (one with a title that needs escaping, an author, a lead
/// image beside it and a lastmod; one with a lead image on another host), two partners and two topics, feed_size 2.
/// </summary>
internal static class FeedSite
{
    public const string Files = TestSite.Basics + """
        -- content/site.yml --
        title: Test Portal
        description: Releases of the test consortium.
        base_url: https://news.example.org/
        feed_size: 2
        -- content/news/2021/newest.md --
        ---
        title: Newest <news> & more
        date: 2021-06-15
        lastmod: 2021-07-01T10:00:00+02:00
        author: Jane Press
        partners: [mpi-is]
        topics: [ai]
        summary: The newest one.
        image: lead.jpg
        image_alt: The lab
        ---
        Body with **bold** text and a [chart](chart.png).
        -- content/news/2021/chart.png --
        (image 1600x1000)
        -- content/news/2021/lead.jpg --
        (image 1600x1000)
        -- content/news/2020/middle.md --
        ---
        title: Middle
        date: 2020-12-02T09:00:00+01:00
        partners: [nec, mpi-is]
        topics: [start-ups]
        image: https://images.example.com/photos/middle.png
        image_alt: A photo
        ---
        Middle body.
        -- content/news/2019/oldest.md --
        ---
        title: Oldest
        date: 2019-03-29
        partners: [nec]
        topics: [ai]
        ---
        Oldest body.
        """;
}
